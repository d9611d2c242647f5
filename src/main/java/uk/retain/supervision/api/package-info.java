/** The supervision JSON API under /api/v1: answers in JSON, refusals as problem documents. */
package uk.retain.supervision.api;
