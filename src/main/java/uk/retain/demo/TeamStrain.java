package uk.retain.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which case-holding teams were stretched, week by week: {@link SupervisionDiary} judges each team every Monday
 * (and on the first day) by its case holders' loads, and the rest of the demo reads the same judgements, so that
 * slipping supervision, leavers' reasons and survey answers tell one story.
 */
final class TeamStrain {

    private final Map<String, Set<LocalDate>> stretched = new HashMap<>();
    private LocalDate firstJudged;

    /** Records a judgement of the team on the day: stretched or not. */
    void judge(String teamId, LocalDate day, boolean isStretched) {
        if (firstJudged == null || day.isBefore(firstJudged)) {
            firstJudged = day;
        }
        if (isStretched) {
            stretched.computeIfAbsent(teamId, id -> new HashSet<>()).add(day);
        }
    }

    /** Whether the team was stretched on the day, by the latest judgement on or before it. */
    boolean stretchedOn(String teamId, LocalDate day) {
        Set<LocalDate> days = stretched.get(teamId);
        if (days == null || firstJudged == null || day.isBefore(firstJudged)) {
            return false;
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return days.contains(monday.isBefore(firstJudged) ? firstJudged : monday);
    }

    /** The share (0 to 1) of the weeks from {@code first} to {@code last} in which the team was stretched. */
    double share(String teamId, LocalDate first, LocalDate last) {
        int weeks = 0;
        int hard = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusWeeks(1)) {
            weeks++;
            if (stretchedOn(teamId, day)) {
                hard++;
            }
        }
        return weeks == 0 ? 0 : (double) hard / weeks;
    }
}
