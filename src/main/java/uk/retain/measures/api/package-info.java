/** The measures' JSON API: an authority's measures on a date, by team, and as a series for trend charts. */
package uk.retain.measures.api;
