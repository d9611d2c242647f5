/** The hub's JSON API under /api/v1/region: answers in JSON, refusals as problem documents. */
package uk.retain.region.api;
