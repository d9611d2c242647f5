/**
 * The measures' pages: the teams a viewer may see with their headline DfE measures, and each team's page with its
 * measures and the workers in it on the reference date.
 */
package uk.retain.measures.web;
