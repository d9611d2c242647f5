package uk.retain.planning;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * What the council's own history says on a date, for the models: its practitioners by band and contract, how often
 * each band left over the last {@value #WINDOW_MONTHS} months (shrunk toward the national rate), whom it hired, how
 * long agency engagements last, its establishment, and its open cases by category at each month's end.
 *
 * <p>Practitioners are the workers whose main row is case holding or senior practitioner (DfE org roles 5 and 4).
 * A band's monthly leaving hazard is {@code (leavers + K × national) / (person-months + K)} with {@code K} =
 * {@value #PRIOR_PERSON_MONTHS} person-months: the mean of a gamma prior centred on the national hazard, as strong as
 * ten worker-years, updated by the council's own leavers, so a band of a few workers keeps close to England's rate and
 * a large one follows its own.
 */
public record Calibration(
        LocalDate date,
        Map<Band, Stock> permanent,
        Map<Band, Stock> agency,
        Map<Band, Hazard> hazards,
        double nationalMonthlyHazard,
        Hazard agencyEnding,
        double experiencedHiresPerMonth,
        Map<Band, Double> hireMix,
        double nqswPerYear,
        Double establishmentFte,
        Map<CaseCategory, List<Integer>> openCasesByMonth) {

    /** How many months of history the rates are read from. */
    public static final int WINDOW_MONTHS = 24;

    /** How many month ends of open cases the demand model fits. */
    public static final int CASE_MONTHS = 36;

    /** The prior's strength in person-months. */
    public static final double PRIOR_PERSON_MONTHS = 120;

    /** An agency engagement's prior mean length is a year. */
    static final double AGENCY_PRIOR_MONTHLY_ENDING = 1.0 / 12;

    /** The mix of experienced hires when the window shows none. */
    private static final Map<Band, Double> DEFAULT_HIRE_MIX =
            Map.of(Band.ASYE, 0.0, Band.UNDER_TWO, 0.2, Band.TWO_TO_FIVE, 0.5, Band.FIVE_PLUS, 0.3);

    /** Headcount and FTE of a group of practitioners on the date. */
    public record Stock(int headcount, double fte) {

        /** The FTE of one worker, on average (0.9 for a group with none, about the national figure). */
        public double ftePerHead() {
            return headcount == 0 ? 0.9 : fte / headcount;
        }
    }

    /**
     * A monthly hazard: the council's own events and person-months, the national hazard it is shrunk toward, and the
     * shrunk value the models use.
     */
    public record Hazard(int events, double personMonths, double prior, double monthly) {

        static Hazard shrunk(int events, double personMonths, double prior) {
            return new Hazard(events, personMonths, prior,
                    (events + PRIOR_PERSON_MONTHS * prior) / (personMonths + PRIOR_PERSON_MONTHS));
        }

        /** The council's own hazard, or null without person-months. */
        public Double own() {
            return personMonths == 0 ? null : events / personMonths;
        }
    }

    public Calibration {
        permanent = Collections.unmodifiableMap(new EnumMap<>(permanent));
        agency = Collections.unmodifiableMap(new EnumMap<>(agency));
        hazards = Collections.unmodifiableMap(new EnumMap<>(hazards));
        hireMix = Collections.unmodifiableMap(new EnumMap<>(hireMix));
        var cases = new EnumMap<CaseCategory, List<Integer>>(CaseCategory.class);
        openCasesByMonth.forEach((category, counts) -> cases.put(category, List.copyOf(counts)));
        openCasesByMonth = Collections.unmodifiableMap(cases);
    }

    /** Whether the register held cases, so that demand can be forecast. */
    public boolean hasCases() {
        return !openCasesByMonth.isEmpty();
    }

    /**
     * The calibration of a register on {@code date}, with England's turnover rate of the latest published year up to
     * the date's year (11.8% a year when none is) as the national leaving rate.
     */
    public static Calibration of(Register register, LocalDate date, PublishedIndicators published) {
        double nationalYearly = published.years().stream().filter(year -> year <= date.getYear())
                .reduce((a, b) -> b)
                .flatMap(published::england)
                .map(row -> row.number(Measure.TURNOVER_RATE_FTE))
                .orElse(11.8) / 100;
        return of(register, date, -Math.log(1 - nationalYearly) / 12);
    }

    /** The calibration with the given national monthly leaving hazard. */
    public static Calibration of(Register register, LocalDate date, double nationalMonthlyHazard) {
        Map<String, Worker> workers = new HashMap<>();
        register.workers().forEach(worker -> workers.put(worker.workerId(), worker));
        Map<String, List<Employment>> rowsByWorker = new HashMap<>();
        register.employments().forEach(row ->
                rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, EmploymentHistory> histories = new HashMap<>();
        rowsByWorker.forEach((id, rows) -> histories.put(id, EmploymentHistory.of(rows)));

        var permanent = emptyStocks();
        var agency = emptyStocks();
        histories.forEach((id, history) -> {
            Employment main = history.mainRow(date);
            if (main != null && practitioner(main)) {
                double fte = history.rowsOn(date).stream().filter(Calibration::practitioner)
                        .filter(row -> row.isAgency() == main.isAgency())
                        .mapToDouble(row -> row.fte().doubleValue()).sum();
                Band band = Band.of(main.jobRole(), qualifiedOn(workers, id), date);
                var stocks = main.isAgency() ? agency : permanent;
                Stock stock = stocks.get(band);
                stocks.put(band, new Stock(stock.headcount() + 1, stock.fte() + fte));
            }
        });

        LocalDate windowStart = date.minusMonths(WINDOW_MONTHS);
        var exposure = new EnumMap<Band, Double>(Band.class);
        for (Band band : Band.values()) {
            exposure.put(band, 0.0);
        }
        double agencyExposure = 0;
        for (int back = 0; back < WINDOW_MONTHS; back++) {
            LocalDate day = date.minusMonths(back);
            for (var entry : histories.entrySet()) {
                Employment main = entry.getValue().mainRow(day);
                if (main == null || !practitioner(main)) {
                    continue;
                }
                if (main.isAgency()) {
                    agencyExposure++;
                } else {
                    exposure.merge(Band.of(main.jobRole(), qualifiedOn(workers, entry.getKey()), day), 1.0,
                            Double::sum);
                }
            }
        }
        var leavers = new EnumMap<Band, Integer>(Band.class);
        var hires = new EnumMap<Band, Integer>(Band.class);
        int agencyEnds = 0;
        for (var entry : histories.entrySet()) {
            EmploymentHistory history = entry.getValue();
            LocalDate qualified = qualifiedOn(workers, entry.getKey());
            for (LocalDate leaving : history.leavings()) {
                Employment main = history.mainRow(leaving, EmploymentHistory.Kind.NON_AGENCY);
                if (leaving.isAfter(windowStart) && !leaving.isAfter(date) && main != null && practitioner(main)) {
                    leavers.merge(Band.of(main.jobRole(), qualified, leaving), 1, Integer::sum);
                }
            }
            for (LocalDate start : history.starts()) {
                Employment main = history.mainRow(start, EmploymentHistory.Kind.NON_AGENCY);
                if (start.isAfter(windowStart) && !start.isAfter(date) && main != null && practitioner(main)) {
                    hires.merge(Band.of(main.jobRole(), qualified, start), 1, Integer::sum);
                }
            }
            for (Employment row : history.rows()) {
                if (row.isAgency() && practitioner(row) && row.endDate() != null && row.endDate().isAfter(windowStart)
                        && !row.endDate().isAfter(date) && history.rows().stream().noneMatch(next -> next.isAgency()
                                && next.startDate().equals(row.endDate().plusDays(1)))) {
                    agencyEnds++;
                }
            }
        }
        var hazards = new EnumMap<Band, Hazard>(Band.class);
        for (Band band : Band.values()) {
            hazards.put(band, Hazard.shrunk(leavers.getOrDefault(band, 0), exposure.get(band), nationalMonthlyHazard));
        }
        int experiencedHires = hires.entrySet().stream().filter(e -> e.getKey() != Band.ASYE)
                .mapToInt(Map.Entry::getValue).sum();
        var mix = new EnumMap<Band, Double>(Band.class);
        for (Band band : Band.values()) {
            mix.put(band, experiencedHires == 0 ? DEFAULT_HIRE_MIX.get(band)
                    : band == Band.ASYE ? 0.0 : (double) hires.getOrDefault(band, 0) / experiencedHires);
        }
        Double establishment = register.files().contains(BundleFile.POSTS)
                ? register.posts().stream().filter(post -> post.fundedOn(date) && practitioner(post))
                        .mapToDouble(post -> post.fte().doubleValue()).sum()
                : null;
        return new Calibration(date, permanent, agency, hazards, nationalMonthlyHazard,
                Hazard.shrunk(agencyEnds, agencyExposure, AGENCY_PRIOR_MONTHLY_ENDING),
                (double) experiencedHires / WINDOW_MONTHS, mix,
                hires.getOrDefault(Band.ASYE, 0) * 12.0 / WINDOW_MONTHS, establishment, openCases(register, date));
    }

    /**
     * Open cases by category at the end of each of the last {@value #CASE_MONTHS} months up to the date, oldest first, from
     * the bundle's {@code history_from} on.
     */
    private static Map<CaseCategory, List<Integer>> openCases(Register register, LocalDate date) {
        var counts = new EnumMap<CaseCategory, List<Integer>>(CaseCategory.class);
        if (!register.files().contains(BundleFile.CASES)) {
            return counts;
        }
        // Month ends before the bundle's history_from would count only the cases that were still open at the extract.
        LocalDate complete = register.authority().historyFrom();
        List<LocalDate> ends = new ArrayList<>();
        for (int back = CASE_MONTHS - 1; back >= 1; back--) {
            LocalDate end = date.minusMonths(back).with(TemporalAdjusters.lastDayOfMonth());
            if (complete == null || !end.isBefore(complete)) {
                ends.add(end);
            }
        }
        ends.add(date);
        for (CaseCategory category : CaseCategory.values()) {
            List<Integer> byMonth = new ArrayList<>();
            for (LocalDate end : ends) {
                int open = 0;
                for (Case c : register.cases()) {
                    if (c.category() == category && c.openOn(end)) {
                        open++;
                    }
                }
                byMonth.add(open);
            }
            counts.put(category, byMonth);
        }
        return counts;
    }

    private static EnumMap<Band, Stock> emptyStocks() {
        var stocks = new EnumMap<Band, Stock>(Band.class);
        for (Band band : Band.values()) {
            stocks.put(band, new Stock(0, 0));
        }
        return stocks;
    }

    private static LocalDate qualifiedOn(Map<String, Worker> workers, String workerId) {
        Worker worker = workers.get(workerId);
        return worker == null ? null : worker.qualifiedOn();
    }

    static boolean practitioner(Employment row) {
        return row.jobRole().orgRole() == 5 || row.jobRole().orgRole() == 4;
    }

    private static boolean practitioner(Post post) {
        return post.jobRole().orgRole() == 5 || post.jobRole().orgRole() == 4;
    }
}
