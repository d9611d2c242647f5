package uk.retain.region;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.retain.agency.JobType;
import uk.retain.workforce.Coded;

/**
 * The regional returns the hub has imported (V19): each stored whole in one transaction, replacing the earlier
 * return of the same council and reference date, so a return is in the hub entirely or not at all.
 */
@Service
public class RegionalReturns {

    /** An imported return as the hub lists it. */
    public record Imported(long id, String laCode, String council, String regionCode, LocalDate referenceDate, String keyCheck,
            String importedBy, Instant importedAt, int events) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    RegionalReturns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = "select r.id, r.la_code, r.council, r.region_code, r.reference_date, r.key_check, "
            + "r.imported_by, r.imported_at, (select count(*) from regional_return_event e where e.return_id = r.id) as events "
            + "from regional_return r ";

    private static Imported imported(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Imported(rs.getLong("id"), rs.getString("la_code"), rs.getString("council"), rs.getString("region_code"),
                rs.getObject("reference_date", LocalDate.class), rs.getString("key_check"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(), rs.getInt("events"));
    }

    /** The region's imported returns, by council then newest date first. */
    @Transactional(readOnly = true)
    public List<Imported> of(String regionCode) {
        return jdbc.query(SELECT + "where r.region_code = ? order by r.council, r.la_code, r.reference_date desc",
                RegionalReturns::imported, regionCode);
    }

    /** The return of the council on the day already imported, which importing another would replace. */
    @Transactional(readOnly = true)
    public Optional<Imported> find(String laCode, LocalDate referenceDate) {
        return jdbc.query(SELECT + "where r.la_code = ? and r.reference_date = ?", RegionalReturns::imported, laCode, referenceDate)
                .stream().findFirst();
    }

    /**
     * Stores the return whole, replacing the council's return of the same reference date if there is one.
     *
     * @return the stored return, and the one it replaced if any
     */
    @Transactional
    public Optional<Imported> store(RegionalReturn regionalReturn, String importedBy, Instant at) {
        Optional<Imported> replaced = find(regionalReturn.laCode(), regionalReturn.referenceDate());
        replaced.ifPresent(earlier -> jdbc.update("delete from regional_return where id = ?", earlier.id()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String measures = json.writeValueAsString(regionalReturn.measures());
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into regional_return (la_code, council, region_code, reference_date, "
                    + "key_check, measures, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, regionalReturn.laCode());
            insert.setString(2, regionalReturn.council());
            insert.setString(3, regionalReturn.regionCode());
            insert.setObject(4, regionalReturn.referenceDate());
            insert.setString(5, regionalReturn.keyCheck());
            insert.setString(6, measures);
            insert.setString(7, importedBy);
            insert.setTimestamp(8, Timestamp.from(at));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        List<Object[]> agency = new ArrayList<>();
        regionalReturn.agency().forEach((type, bands) -> bands.forEach((band, count) ->
                agency.add(new Object[] {id, type, band, String.valueOf(count)})));
        jdbc.batchUpdate("insert into regional_return_agency (return_id, job_type, rate_band, engagements) values (?, ?, ?, ?)", agency);
        List<Object[]> events = new ArrayList<>();
        for (WorkerEvent event : regionalReturn.events()) {
            events.add(new Object[] {id, event.sweHash(), event.kind().code(), event.date(),
                    event.jobType() == null ? null : event.jobType().code(), event.hourlyPay()});
        }
        jdbc.batchUpdate("insert into regional_return_event (return_id, swe_hash, kind, event_date, job_type, hourly_pay) "
                + "values (?, ?, ?, ?, ?, ?)", events);
        return replaced;
    }

    /** The stored return, read back whole. */
    @Transactional(readOnly = true)
    public Optional<RegionalReturn> load(long id) {
        List<RegionalReturn> found = jdbc.query("select * from regional_return where id = ?", (rs, n) -> {
            String laCode = rs.getString("la_code");
            Map<String, Map<String, Object>> agency = new LinkedHashMap<>();
            jdbc.query("select job_type, rate_band, engagements from regional_return_agency where return_id = ? "
                    + "order by job_type, rate_band", (row, m) -> {
                        String count = row.getString("engagements");
                        agency.computeIfAbsent(row.getString("job_type"), t -> new LinkedHashMap<>()).put(row.getString("rate_band"),
                                count.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(count) : count);
                        return null;
                    }, id);
            return new RegionalReturn(laCode, rs.getString("council"), rs.getString("region_code"),
                    rs.getObject("reference_date", LocalDate.class), rs.getString("key_check"),
                    json.readValue(rs.getString("measures"), new TypeReference<Map<String, Object>>() { }), agency, events(id, laCode));
        }, id);
        return found.stream().findFirst();
    }

    /** The events of a stored return. */
    List<WorkerEvent> events(long id, String laCode) {
        return jdbc.query("select swe_hash, kind, event_date, job_type, hourly_pay from regional_return_event where return_id = ? "
                + "order by event_date, kind, swe_hash", (rs, n) -> {
                    String type = rs.getString("job_type");
                    BigDecimal pay = rs.getBigDecimal("hourly_pay");
                    return new WorkerEvent(laCode, rs.getString("swe_hash"), Coded.fromCode(WorkerEvent.Kind.class, rs.getString("kind")).orElseThrow(),
                            rs.getObject("event_date", LocalDate.class), type == null ? null : Coded.fromCode(JobType.class, type).orElseThrow(), pay);
                }, id);
    }

    /** Each council's latest imported return in the region (the one the cross-border checks read). */
    @Transactional(readOnly = true)
    public List<Imported> latest(String regionCode) {
        Map<String, Imported> latest = new LinkedHashMap<>();
        for (Imported imported : of(regionCode)) {
            latest.putIfAbsent(imported.laCode(), imported);
        }
        return List.copyOf(latest.values());
    }
}
