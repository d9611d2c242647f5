/**
 * The agency pages and downloads: the engagements (imported and recorded in Retain) with the DfE checks each fails
 * and who approved going ahead, HR's form to record one with the five checks shown and explained, the breaches report,
 * the regional price caps, spend by month with the twelve months ahead, the permanent/agency mix against the
 * council's target path, conversions to permanent posts, and the quarterly DfE agency return. HR and senior leaders
 * see them (pay and charges included); nobody else does. HR records engagements and sets the target path.
 */
package uk.retain.agency.web;
