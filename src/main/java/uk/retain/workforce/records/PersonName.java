package uk.retain.workforce.records;

import java.util.Comparator;

import uk.retain.workforce.Worker;

/** A worker's name as the pages show it (given name first), sorting by family name. */
public record PersonName(String givenName, String familyName) implements Comparable<PersonName> {

    private static final Comparator<PersonName> ORDER = Comparator
            .comparing(PersonName::familyName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PersonName::givenName, String.CASE_INSENSITIVE_ORDER);

    public static PersonName of(Worker worker) {
        return new PersonName(worker.givenName(), worker.familyName());
    }

    @Override
    public int compareTo(PersonName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return Worker.fullName(givenName, familyName);
    }
}
