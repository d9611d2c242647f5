package uk.retain.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.retain.agency.AgencyChecks;
import uk.retain.agency.JobType;
import uk.retain.agency.RateCap;
import uk.retain.measures.Suppression;
import uk.retain.workforce.Coded;

/**
 * The cross-border agency checks of a region, as a pure function of its councils' events ({@link WorkerEvent}: from
 * the registers this service holds and from imported returns, every worker as the keyed hash of their SWE number
 * under the region's key, so the two sources meet): the cooling-off rule of {@link AgencyChecks#coolingOff} across
 * the councils (a permanent post left in any council of the region in the 3 months before an agency start), the
 * agency starts' pay against the region's caps ({@link AgencyChecks#capOn}), and the flows of workers between the
 * councils. What regional analysts see of it is counts, suppressed under {@value Suppression#THRESHOLD} as every
 * figure about people is ({@link #breachCounts}, {@link #flowCounts}).
 */
public final class CrossBorder {

    /** A check an agency start fails in the regional list. */
    public enum Check implements Coded {
        /** A permanent post left in any council of the region in the 3 months before the start. */
        COOLING_OFF("cooling_off"),
        /** Of those, a post left in another council than the one of the start. */
        COOLING_OFF_ACROSS_BORDERS("cooling_off_across_borders"),
        /** The hourly pay is above the region's cap for the job type in force on the start. */
        OVER_PRICE_CAP("over_price_cap");

        private final String code;

        Check(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** An agency start in a council that fails a check. */
    public record Breach(String laCode, JobType jobType, Check check, LocalDate start) {
    }

    /** Workers who left a permanent post in {@code from} and next started work (a post or agency) in {@code to}. */
    public record Flow(String from, String to, int moves) {
    }

    /** The breaches, by council, job type and check, and the flows by council from and to. */
    public record Result(List<Breach> breaches, List<Flow> flows) {
    }

    private static final Suppression.Rules RULES = new Suppression.Rules().counts("breaches").counts("flows");

    private CrossBorder() {
    }

    /**
     * The checks of the region's events.
     *
     * @param regionCode the region, whose caps apply
     * @param caps the price caps (of any region: only the region's apply)
     */
    public static Result of(List<WorkerEvent> events, String regionCode, List<RateCap> caps) {
        AgencyChecks checks = new AgencyChecks(regionCode, caps);
        Map<String, List<WorkerEvent>> byWorker = new TreeMap<>();
        for (WorkerEvent event : events) {
            byWorker.computeIfAbsent(event.sweHash(), hash -> new ArrayList<>()).add(event);
        }
        List<Breach> breaches = new ArrayList<>();
        Map<String, Map<String, Integer>> flows = new TreeMap<>();
        for (List<WorkerEvent> own : byWorker.values()) {
            own.sort(WorkerEvents.ORDER);
            for (WorkerEvent start : own) {
                if (start.kind() != WorkerEvent.Kind.AGENCY_START || start.date().isBefore(AgencyChecks.CHECKED_FROM)) {
                    continue;
                }
                boolean coolingOff = false;
                boolean across = false;
                for (WorkerEvent left : own) {
                    if (left.kind() == WorkerEvent.Kind.LEFT_PERMANENT_POST && AgencyChecks.coolingOff(left.date(), start.date())) {
                        coolingOff = true;
                        across |= !left.laCode().equals(start.laCode());
                    }
                }
                if (coolingOff) {
                    breaches.add(new Breach(start.laCode(), start.jobType(), Check.COOLING_OFF, start.date()));
                }
                if (across) {
                    breaches.add(new Breach(start.laCode(), start.jobType(), Check.COOLING_OFF_ACROSS_BORDERS, start.date()));
                }
                RateCap cap = checks.capOn(start.jobType(), start.date());
                if (cap != null && start.hourlyPay().compareTo(cap.maxHourlyPay()) > 0) {
                    breaches.add(new Breach(start.laCode(), start.jobType(), Check.OVER_PRICE_CAP, start.date()));
                }
            }
            String leftFrom = null;
            for (WorkerEvent event : own) {
                if (event.kind() == WorkerEvent.Kind.LEFT_PERMANENT_POST) {
                    leftFrom = event.laCode();
                } else if (leftFrom != null) {
                    if (!leftFrom.equals(event.laCode())) {
                        flows.computeIfAbsent(leftFrom, from -> new TreeMap<>()).merge(event.laCode(), 1, Integer::sum);
                    }
                    leftFrom = null;
                }
            }
        }
        breaches.sort(Comparator.comparing(Breach::laCode).thenComparing(Breach::jobType).thenComparing(Breach::check)
                .thenComparing(Breach::start));
        List<Flow> flowList = new ArrayList<>();
        flows.forEach((from, tos) -> tos.forEach((to, moves) -> flowList.add(new Flow(from, to, moves))));
        return new Result(List.copyOf(breaches), List.copyOf(flowList));
    }

    /**
     * The breaches counted by council, job type code and check code, as a regional analyst sees them: a count from 1
     * to 4 is {@code "c"}. Only the cells are given, no totals, so no cell can be worked out from the others.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Map<String, Object>>> breachCounts(List<Breach> breaches) {
        Map<String, Object> counts = new TreeMap<>();
        for (Breach breach : breaches) {
            ((Map<String, Object>) ((Map<String, Object>) counts.computeIfAbsent(breach.laCode(), la -> new TreeMap<>()))
                    .computeIfAbsent(breach.jobType().code(), type -> new LinkedHashMap<String, Object>()))
                    .merge(breach.check().code(), 1, (a, b) -> (Integer) a + (Integer) b);
        }
        Object suppressed = suppress("breaches", counts);
        Map<String, Map<String, Map<String, Object>>> out = new LinkedHashMap<>();
        ((Map<String, Object>) suppressed).forEach((la, types) -> {
            Map<String, Map<String, Object>> byType = new LinkedHashMap<>();
            ((Map<String, Object>) types).forEach((type, checks) -> byType.put(type, (Map<String, Object>) checks));
            out.put(la, byType);
        });
        return out;
    }

    /** The flows as a regional analyst sees them: moves by council from, then to, a count from 1 to 4 as {@code "c"}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> flowCounts(List<Flow> flows) {
        Map<String, Object> counts = new TreeMap<>();
        for (Flow flow : flows) {
            ((Map<String, Object>) counts.computeIfAbsent(flow.from(), from -> new TreeMap<>())).put(flow.to(), flow.moves());
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        ((Map<String, Object>) suppress("flows", counts)).forEach((from, tos) -> out.put(from, (Map<String, Object>) tos));
        return out;
    }

    /** The house suppression ({@link Suppression}) of one object of counts, with no teams: each cell on its own. */
    private static Object suppress(String name, Map<String, Object> counts) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put(name, counts);
        return Suppression.apply(RULES, unit, Map.of(), Map.of(), Map.of()).authority().get(name);
    }
}
