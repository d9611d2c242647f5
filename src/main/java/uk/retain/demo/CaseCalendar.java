package uk.retain.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The days cases open, move to the next stage's team or close, looked up by day as the simulation runs. */
final class CaseCalendar {

    private final LocalDate first;
    private final List<List<CaseState>> stageStarts;
    private final List<List<CaseState>> closings;

    CaseCalendar(LocalDate first, LocalDate last, List<CaseState> cases) {
        this.first = first;
        int days = (int) ChronoUnit.DAYS.between(first, last) + 2;
        stageStarts = new ArrayList<>(days);
        closings = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            stageStarts.add(new ArrayList<>(0));
            closings.add(new ArrayList<>(0));
        }
        for (CaseState item : cases) {
            for (CaseState.Stage stage : item.stages) {
                // A stage under way on the first day is where the case starts; later stages come as events.
                if (stage.start().isAfter(first)) {
                    at(stageStarts, stage.start(), item);
                }
            }
            at(closings, item.lastDay().plusDays(1), item);
        }
    }

    private void at(List<List<CaseState>> days, LocalDate day, CaseState item) {
        long index = ChronoUnit.DAYS.between(first, day);
        if (index > 0 && index < days.size() - 1) {
            days.get((int) index).add(item);
        }
    }

    void on(LocalDate day, Casework casework) {
        int index = (int) ChronoUnit.DAYS.between(first, day);
        for (CaseState item : closings.get(index)) {
            casework.close(item, day);
        }
        for (CaseState item : stageStarts.get(index)) {
            casework.nextStage(item, day);
        }
    }
}
