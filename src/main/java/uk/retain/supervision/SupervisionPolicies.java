package uk.retain.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.workforce.Coded;
import uk.retain.workforce.SupervisionKind;

/**
 * The supervision policy that applies to a worker on a day: the one place pages ask. A worker's variation covering
 * the day comes first (the latest made, when several do), then the authority's own policy, then the contract's
 * defaults ({@link SupervisionRule#CONTRACT}). The measures in the {@code measures} JSON always use the contract's
 * defaults, whatever a council sets; only the pages follow what is stored here.
 */
@Service
public class SupervisionPolicies {

    /** Which policy a figure uses. */
    public enum Source implements Coded {
        CONTRACT("contract"), AUTHORITY("authority"), VARIATION("variation");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** The rule that applies, which policy it comes from, and the variation when it is one (null otherwise). */
    public record Applied(SupervisionRule rule, Source source, Variation variation) {
    }

    /** An authority's own policy as stored, with who set it and when. */
    public record Stored(SupervisionRule rule, String changedBy, Instant changedAt) {
    }

    /**
     * A variation of the policy for one worker: sessions are due every {@code interval} (whatever the ASYE phase)
     * from {@code startsOn} to {@code endsOn}, both included; which sessions count stays the authority's.
     */
    public record Variation(long id, String laCode, String workerId, Period interval, String reason, LocalDate startsOn,
            LocalDate endsOn, String changedBy, Instant changedAt) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }

        /** The authority's rule with this variation's interval in every phase. */
        public SupervisionRule applyTo(SupervisionRule base) {
            return new SupervisionRule(base.countingKinds(), base.minimumMinutes(), List.of(), interval, interval);
        }
    }

    /**
     * One authority's policy and variations read once, for pages that ask about many workers and days: the same
     * answers as {@link SupervisionPolicies#applied}.
     */
    public static final class AuthorityPolicy {

        private final SupervisionRule rule;
        private final boolean own;
        private final Map<String, List<Variation>> variations;

        public AuthorityPolicy(SupervisionRule rule, boolean own, List<Variation> variations) {
            this.rule = Objects.requireNonNull(rule);
            this.own = own;
            Map<String, List<Variation>> byWorker = new LinkedHashMap<>();
            // Newest first, so the first covering a day is the latest made.
            variations.stream().sorted((a, b) -> Long.compare(b.id(), a.id()))
                    .forEach(v -> byWorker.computeIfAbsent(v.workerId(), id -> new ArrayList<>()).add(v));
            this.variations = byWorker;
        }

        /** Under the contract's defaults, with no variation. */
        public static AuthorityPolicy contract() {
            return new AuthorityPolicy(SupervisionRule.CONTRACT, false, List.of());
        }

        /** The authority's rule: its own, or the contract's defaults. */
        public SupervisionRule rule() {
            return rule;
        }

        public Source source() {
            return own ? Source.AUTHORITY : Source.CONTRACT;
        }

        public Applied applied(String workerId, LocalDate day) {
            for (Variation variation : variations.getOrDefault(workerId, List.of())) {
                if (variation.covers(day)) {
                    return new Applied(variation.applyTo(rule), Source.VARIATION, variation);
                }
            }
            return new Applied(rule, source(), null);
        }
    }

    private final JdbcTemplate jdbc;

    SupervisionPolicies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule under which {@code workerId} of {@code laCode} is supervised on {@code day}. */
    public SupervisionRule ruleFor(String laCode, String workerId, LocalDate day) {
        return applied(laCode, workerId, day).rule();
    }

    /** The rule under which the worker is supervised on the day, and which policy it is. */
    public Applied applied(String laCode, String workerId, LocalDate day) {
        return new AuthorityPolicy(authorityRule(laCode), stored(laCode).isPresent(), variationsOf(laCode, workerId))
                .applied(workerId, day);
    }

    /** The authority's policy and every variation, read once. */
    public AuthorityPolicy of(String laCode) {
        Optional<Stored> stored = stored(laCode);
        return new AuthorityPolicy(stored.map(Stored::rule).orElse(SupervisionRule.CONTRACT), stored.isPresent(), variations(laCode));
    }

    /** The authority's own rule, or the contract's defaults when it never set one. */
    public SupervisionRule authorityRule(String laCode) {
        return stored(laCode).map(Stored::rule).orElse(SupervisionRule.CONTRACT);
    }

    public Optional<Stored> stored(String laCode) {
        return jdbc.query("select counting_kinds, minimum_minutes, asye_phases, asye_after_phases, other_interval, changed_by,"
                + " changed_at from supervision_policy where la_code = ?", (rs, n) -> new Stored(new SupervisionRule(
                        kinds(rs.getString(1)), rs.getInt(2), phases(rs.getString(3)), Period.parse(rs.getString(4)),
                        Period.parse(rs.getString(5))), rs.getString(6), rs.getTimestamp(7).toInstant()), laCode)
                .stream().findFirst();
    }

    /** Saves the authority's policy, replacing the one before. */
    @Transactional
    public void save(String laCode, SupervisionRule rule, String changedBy) {
        jdbc.update("delete from supervision_policy where la_code = ?", laCode);
        jdbc.update("insert into supervision_policy (la_code, counting_kinds, minimum_minutes, asye_phases, asye_after_phases,"
                + " other_interval, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", laCode,
                rule.countingKinds().stream().map(SupervisionKind::code).sorted().collect(Collectors.joining(",")),
                rule.minimumMinutes(), rule.asyePhases().stream().map(p -> p.until() + "=" + p.interval()).collect(Collectors.joining(",")),
                rule.asyeAfterPhases().toString(), rule.interval().toString(), changedBy, Timestamp.from(Instant.now()));
    }

    /** Records a variation for one worker; its id. */
    @Transactional
    public long vary(String laCode, String workerId, Period interval, String reason, LocalDate startsOn, LocalDate endsOn,
            String changedBy) {
        if (interval.isZero() || interval.isNegative() || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a variation has an interval over zero and ends on or after it starts");
        }
        jdbc.update("insert into supervision_variation (la_code, worker_id, interval_period, reason, starts_on, ends_on,"
                + " changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", laCode, workerId, interval.toString(), reason,
                Date.valueOf(startsOn), Date.valueOf(endsOn), changedBy, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from supervision_variation where la_code = ? and worker_id = ?", Long.class,
                laCode, workerId);
    }

    /** Every variation of the authority, newest first. */
    public List<Variation> variations(String laCode) {
        return jdbc.query(VARIATIONS + " where la_code = ? order by id desc", (rs, n) -> variation(rs), laCode);
    }

    /** The worker's variations, newest first. */
    public List<Variation> variationsOf(String laCode, String workerId) {
        return jdbc.query(VARIATIONS + " where la_code = ? and worker_id = ? order by id desc", (rs, n) -> variation(rs),
                laCode, workerId);
    }

    private static final String VARIATIONS = "select id, la_code, worker_id, interval_period, reason, starts_on, ends_on,"
            + " changed_by, changed_at from supervision_variation";

    private static Variation variation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Variation(rs.getLong(1), rs.getString(2), rs.getString(3), Period.parse(rs.getString(4)), rs.getString(5),
                rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    private static Set<SupervisionKind> kinds(String codes) {
        Set<SupervisionKind> kinds = EnumSet.noneOf(SupervisionKind.class);
        Arrays.stream(codes.split(",")).filter(code -> !code.isBlank())
                .forEach(code -> kinds.add(Coded.fromCode(SupervisionKind.class, code).orElseThrow()));
        return kinds;
    }

    private static List<SupervisionRule.AsyePhase> phases(String text) {
        return Arrays.stream(text.split(",")).filter(pair -> !pair.isBlank()).map(pair -> {
            String[] parts = pair.split("=", 2);
            return new SupervisionRule.AsyePhase(Period.parse(parts[0]), Period.parse(parts[1]));
        }).toList();
    }
}
