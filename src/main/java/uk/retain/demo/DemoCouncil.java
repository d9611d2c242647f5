package uk.retain.demo;

import uk.retain.workforce.Authority;
import uk.retain.workforce.Register;

/**
 * Exampleshire, the fictitious council Retain demonstrates and benchmarks with (la_code 999, reserved for test and
 * demo data; East of England). Every name, number and child in it is made up.
 *
 * <p>The register comes from simulating each area day by day over the history, and its capability files
 * (programmes, development, recruitment, agency, leaving and surveys) from reading what the simulation made; the
 * same {@link CouncilSize} always gives the same register.
 */
public final class DemoCouncil {

    public static final String LA_CODE = "999";
    public static final String REGION_EAST_OF_ENGLAND = "E12000006";

    private DemoCouncil() {
    }

    /** The demo: about 250 social workers in 17 teams, October 2022 to October 2026. */
    public static Register demo() {
        return generate(CouncilSize.DEMO);
    }

    /** The benchmark council: about 3,000 social workers and 60,000 cases over three years. */
    public static Register bench() {
        return generate(CouncilSize.BENCH);
    }

    public static Register generate(CouncilSize size) {
        return generate(size, LA_CODE, java.util.Set.of());
    }

    /** A council of {@code size} as {@code laCode} in the East of England, none of whose SWE numbers is in {@code taken}. */
    static Register generate(CouncilSize size, String laCode, java.util.Set<Integer> taken) {
        Chance chance = new Chance(size.seed());
        Numbering numbers = new Numbering();
        PersonalDetails people = new PersonalDetails(chance.split(), taken);
        RegisterDraft draft = new RegisterDraft();
        for (int area = 1; area <= size.areas(); area++) {
            new AreaSimulation(size, area, chance.split(), numbers, people, draft).run();
        }
        // The simulation records everything from its first day: that is where the history is complete.
        Authority authority = new Authority(laCode, size.name(), REGION_EAST_OF_ENGLAND, size.historyStart());
        Register register = ActingUp.apply(draft.toRegister(authority, size.historyEnd()));
        return CapabilityRows.add(register, size, draft.strain, chance.split());
    }
}
