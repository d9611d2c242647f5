package uk.retain.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fictitious personal details: names drawn from common British given and family names, census gender and
 * ethnicity codes in roughly the mix of the English children's social work workforce, and Social Work England
 * numbers that are unique once leading zeros are dropped.
 */
final class PersonalDetails {

    private static final List<String> GIVEN = List.of("Aisha", "Amelia", "Amy", "Anna", "Beth", "Bola", "Carys",
            "Charlotte", "Chloe", "Claire", "Danielle", "Deborah", "Eleanor", "Emma", "Fatima", "Gemma", "Grace",
            "Hannah", "Harpreet", "Helen", "Imogen", "Jade", "Jasmine", "Joanne", "Karen", "Katie", "Laura", "Leah",
            "Lucy", "Maria", "Megan", "Nadia", "Natalie", "Niamh", "Olivia", "Priya", "Rachel", "Rebecca", "Ruth",
            "Sarah", "Sophie", "Tanya", "Zainab", "Zoe", "Adam", "Ben", "Chidi", "Daniel", "David", "Femi", "Hassan",
            "James", "Kwame", "Liam", "Mark", "Mohammed", "Owen", "Paul", "Ravi", "Sam", "Tom");
    /** Given names from index {@code FIRST_MALE} on are men's, to match the gender code drawn. */
    private static final int FIRST_MALE = GIVEN.indexOf("Adam");
    private static final List<String> FAMILY = List.of("Adams", "Ahmed", "Ali", "Allen", "Bailey", "Baker",
            "Begum", "Bell", "Brown", "Campbell", "Chapman", "Clarke", "Cooper", "Davies", "Edwards", "Evans",
            "Fletcher", "Green", "Hall", "Harris", "Hughes", "Hussain", "Jackson", "James", "Johnson", "Jones",
            "Kaur", "Khan", "King", "Lewis", "Martin", "Mensah", "Mitchell", "Moore", "Morgan", "Murphy", "Nowak",
            "Okafor", "O'Brien", "Owusu", "Palmer", "Patel", "Phillips", "Price", "Roberts", "Robinson", "Shah",
            "Singh", "Smith", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson", "White",
            "Williams", "Wilson", "Wood", "Wright", "Young");
    private static final List<String> ETHNICITY = List.of("WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "MWAS", "MOTH",
            "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final double[] ETHNICITY_WEIGHTS = {62, 2, 7, 1.5, 1, 1, 1, 3, 2, 1, 1, 3, 8, 1, 0.5, 1, 2, 2};

    private final Chance chance;
    private final Set<Integer> sweNumbers;

    PersonalDetails(Chance chance) {
        this(chance, new HashSet<>());
    }

    /** Details whose SWE numbers are none of {@code taken} (another council's, so only the demo's mover is in two). */
    PersonalDetails(Chance chance, Set<Integer> taken) {
        this.chance = chance;
        this.sweNumbers = new HashSet<>(taken);
    }

    /** One person's details; {@code agency} leaves out what councils seldom record for agency staff. */
    Person person(LocalDate qualifiedOn, boolean agency) {
        boolean recorded = !agency || chance.of(0.6);
        int gender = new int[] {2, 1, 9}[chance.weighted(84, 15, 1)];
        int given = gender == 1 ? chance.between(FIRST_MALE, GIVEN.size() - 1) : chance.between(0, FIRST_MALE - 1);
        LocalDate born = qualifiedOn.minusYears(chance.weighted(50, 30, 15, 5) * 6L + chance.between(21, 26))
                .minusDays(chance.between(0, 364));
        return new Person(sweNumber(), FAMILY.get(chance.between(0, FAMILY.size() - 1)), GIVEN.get(given),
                born, recorded ? gender : null, recorded ? ETHNICITY.get(chance.weighted(ETHNICITY_WEIGHTS)) : null);
    }

    /** {@code SW} and six digits; a few written with the leading zeros some old HCPC records kept. */
    private String sweNumber() {
        int digits;
        do {
            digits = chance.between(100_000, 999_999);
        } while (!sweNumbers.add(digits));
        return (chance.of(0.03) ? "SW00" : "SW") + digits;
    }

    record Person(String sweNumber, String familyName, String givenName, LocalDate dateOfBirth, Integer gender,
            String ethnicity) {
    }
}
