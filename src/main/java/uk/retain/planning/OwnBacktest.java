package uk.retain.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.Register;

/**
 * The forecast measured on the council's own history: calibrated on the register as it stood {@value #YEARS} years
 * before a date (a census date, say), run as now for the months up to it, and compared month by month with the
 * practitioner FTE and open cases the register shows at each month's end.
 */
public final class OwnBacktest {

    public static final int YEARS = 2;

    private OwnBacktest() {
    }

    /** One month: what happened, and what was forecast (null for cases when the register has none). */
    public record Month(LocalDate monthEnd, double fte, Quantiles fteForecast, Double cases, Quantiles casesForecast) {
    }

    /** Each month's comparison, and how many fell between P10 and P90. */
    public record Result(LocalDate from, LocalDate to, List<Month> months, int fteCovered, int casesCovered,
            double fteMeanError, Double casesMeanError) {

        public Result {
            months = List.copyOf(months);
        }
    }

    public static Result run(Register register, LocalDate to, double nationalMonthlyHazard, int runs, long seed) {
        LocalDate from = to.minusYears(YEARS);
        Calibration start = Calibration.of(register, from, nationalMonthlyHazard);
        int months = 12 * YEARS;
        var forecast = WorkforceForecast.run(start, Levers.AS_NOW, runs, months, seed);
        var rows = new ArrayList<Month>();
        int fteCovered = 0;
        int casesCovered = 0;
        double fteError = 0;
        double casesError = 0;
        for (WorkforceForecast.MonthFigures month : forecast.byMonth()) {
            LocalDate end = month.monthEnd().isAfter(to) ? to : month.monthEnd();
            Calibration then = Calibration.of(register, end, nationalMonthlyHazard);
            double fte = 0;
            for (Band band : Band.values()) {
                fte += then.permanent().get(band).fte() + then.agency().get(band).fte();
            }
            Quantiles fteForecast = month.figures().get(Figure.FTE_PROJECTED);
            fteCovered += fteForecast.covers(fte) ? 1 : 0;
            fteError += Math.abs(fte - fteForecast.p50());
            Double cases = null;
            Quantiles casesForecast = month.figures().get(Figure.CASES);
            if (casesForecast != null) {
                cases = (double) then.openCasesByMonth().values().stream().mapToInt(List::getLast).sum();
                casesCovered += casesForecast.covers(cases) ? 1 : 0;
                casesError += Math.abs(cases - casesForecast.p50());
            }
            rows.add(new Month(end, Math.round(fte * 100) / 100.0, fteForecast, cases, casesForecast));
        }
        boolean hasCases = start.hasCases();
        return new Result(from, to, rows, fteCovered, casesCovered, fteError / months,
                hasCases ? casesError / months : null);
    }
}
