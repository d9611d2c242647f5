/**
 * The measures' JSON API: an authority's measures on a date, by team, and as a series for trend charts; and
 * {@link uk.retain.measures.api.AuthorityMeasures}, each held register's measures prepared once per import
 * version, which the pages share.
 */
@org.springframework.modulith.NamedInterface("api")
package uk.retain.measures.api;
