package uk.retain.workforce;

/** A team of the authority. {@code locality} is free text, or null. */
public record Team(String teamId, String name, ServiceArea service, String locality) {
}
