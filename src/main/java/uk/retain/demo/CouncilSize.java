package uk.retain.demo;

import java.time.LocalDate;

/**
 * How big the generated council is and which years its history covers. An area is one full set of teams (front
 * door to care leavers) with its own children; a bigger council has more areas. The history ends on a fixed
 * day, never "today", so the register is the same whenever it is generated.
 *
 * @param areas how many sets of teams: 1 gives about 250 social workers
 * @param historyStart the first day the register records (earlier starts of staff and cases still show)
 * @param historyEnd the last day the register records
 * @param seed the random seed: the same size and seed always give the same register
 */
public record CouncilSize(String name, int areas, LocalDate historyStart, LocalDate historyEnd, long seed) {

    /** Exampleshire: about 250 social workers in 17 teams, October 2022 to October 2026. */
    public static final CouncilSize DEMO = new CouncilSize("Exampleshire", 1,
            LocalDate.of(2022, 10, 1), LocalDate.of(2026, 10, 31), 999L);

    /** The benchmark council: about 3,000 social workers and 60,000 children's cases over three years. */
    public static final CouncilSize BENCH = new CouncilSize("Exampleshire (benchmark)", 6,
            LocalDate.of(2022, 10, 1), LocalDate.of(2025, 9, 30), 999L);

    public CouncilSize {
        if (areas < 1) {
            throw new IllegalArgumentException("a council has at least one area");
        }
        if (!historyEnd.isAfter(historyStart)) {
            throw new IllegalArgumentException("the history must end after it starts");
        }
    }
}
