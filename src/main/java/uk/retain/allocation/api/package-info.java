/** The recommender's JSON API: the same recommendations the {@code allocate} command prints. */
package uk.retain.allocation.api;
