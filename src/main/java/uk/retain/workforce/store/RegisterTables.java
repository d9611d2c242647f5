package uk.retain.workforce.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationConflictException;
import uk.retain.workforce.AllocationProvenance;
import uk.retain.workforce.AllocationRequest;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Coded;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Post;
import uk.retain.workforce.RecordedSupervision;
import uk.retain.workforce.Register;
import uk.retain.workforce.RegisterChangedException;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;
import uk.retain.workforce.bundle.AbsencesFile;
import uk.retain.workforce.bundle.AllocationsFile;
import uk.retain.workforce.bundle.CasesFile;
import uk.retain.workforce.bundle.EmploymentsFile;
import uk.retain.workforce.bundle.PostsFile;
import uk.retain.workforce.bundle.RegisterFile;
import uk.retain.workforce.bundle.SupervisionsFile;
import uk.retain.workforce.bundle.TeamsFile;
import uk.retain.workforce.bundle.WorkersFile;

/**
 * The SQL of the register. The caller holds the transaction: {@link #replace} deletes and writes an
 * authority's rows, and only a committed whole is ever seen.
 */
@Repository
public class RegisterTables {

    /** Child tables first when deleting, so that the authority row goes last. */
    private static final List<String> TABLES = List.of("capability_row_recorded", "capability_file", "supervision", "allocation", "child_case", "absence",
            "employment", "post", "worker", "team");
    private static final int BATCH = 1000;

    /*
     * The tables of the register's files hold the files' columns, named and ordered as the files' descriptors list
     * them (supervision's held_on is supervisions.csv's date), after la_code and, where rows have no id, seq.
     */
    private static final String TEAM = columns(TeamsFile.FILE);
    private static final String WORKER = columns(WorkersFile.FILE);
    private static final String POST = columns(PostsFile.FILE);
    private static final String EMPLOYMENT = columns(EmploymentsFile.FILE);
    private static final String ABSENCE = columns(AbsencesFile.FILE);
    private static final String CHILD_CASE = columns(CasesFile.FILE);
    private static final String ALLOCATION = columns(AllocationsFile.FILE);
    private static final String SUPERVISION = columns(SupervisionsFile.FILE, "date", "held_on");

    private final JdbcTemplate jdbc;

    public RegisterTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The authorities held, by la_code. */
    public List<Authority> authorities() {
        return jdbc.query("select la_code, name, region_code, history_from from authority order by la_code",
                (rs, n) -> new Authority(rs.getString(1), rs.getString(2), rs.getString(3), localDate(rs, 4)));
    }

    /** The import version of an authority's register, which changes with every import. */
    public Optional<Long> version(String laCode) {
        return jdbc.query("select import_version from authority where la_code = ?", (rs, n) -> rs.getLong(1), laCode)
                .stream().findFirst();
    }

    /** Replaces the authority's register and answers its new version. Run inside a transaction. */
    public long replace(Register register) {
        return replace(register, null);
    }

    /**
     * The same, only when the authority's register is still at {@code expectedVersion} (0: not held), the version an
     * import was checked against; otherwise {@link RegisterChangedException} and nothing is written. Every row the
     * bundle gives is imported: made_by, made_at, ended_by and ended_at are null.
     *
     * @param expectedVersion the version the import was checked against, or null to replace whatever is held
     */
    public long replace(Register register, Long expectedVersion) {
        Authority authority = register.authority();
        String la = authority.laCode();
        // Locks the authority's row, so two imports of one authority take turns, and an allocation waits.
        Optional<Long> previous = jdbc.query("select import_version from authority where la_code = ? for update",
                (rs, n) -> rs.getLong(1), la).stream().findFirst();
        if (expectedVersion != null && previous.orElse(0L) != expectedVersion.longValue()) {
            throw new RegisterChangedException(la, expectedVersion, previous.orElse(0L));
        }
        long version = previous.orElse(0L) + 1;
        String files = register.files().stream().map(BundleFile::name).sorted().collect(Collectors.joining(","));
        Timestamp now = Timestamp.from(Instant.now());
        if (previous.isPresent()) {
            for (String table : TABLES) {
                jdbc.update("delete from " + table + " where la_code = ?", la);
            }
            jdbc.update("update authority set name = ?, region_code = ?, history_from = ?, bundle_files = ?, import_version = ?, imported_at = ? where la_code = ?",
                    authority.name(), authority.regionCode(), date(authority.historyFrom()), files, version, now, la);
        } else {
            jdbc.update("insert into authority (la_code, name, region_code, history_from, bundle_files, import_version, imported_at) values (?, ?, ?, ?, ?, ?, ?)",
                    la, authority.name(), authority.regionCode(), date(authority.historyFrom()), files, version, now);
        }
        insert(insert("team", "la_code, " + TEAM),
                register.teams(), (t, i) -> new Object[] {la, t.teamId(), t.name(), t.service().code(), t.locality()});
        insert(insert("worker", "la_code, " + WORKER),
                register.workers(), (w, i) -> new Object[] {la, w.workerId(), w.sweNumber().text(), w.familyName(),
                        w.givenName(), date(w.qualifiedOn()), date(w.dateOfBirth()), w.gender(), w.ethnicity(), w.startOrigin()});
        insert(insert("post", "la_code, " + POST),
                register.posts(), (p, i) -> new Object[] {la, p.postId(), p.teamId(), p.jobRole().code(), p.fte(),
                        date(p.fundedFrom()), date(p.fundedTo())});
        insert(insert("employment", "la_code, seq, " + EMPLOYMENT),
                register.employments(), (e, i) -> new Object[] {la, i, e.workerId(), e.contract().code(), e.jobRole().code(),
                        e.teamId(), e.postId(), e.fte(), date(e.startDate()), date(e.endDate()), e.endReason(), e.leaverDestination()});
        insert(insert("absence", "la_code, seq, " + ABSENCE),
                register.absences(), (a, i) -> new Object[] {la, i, a.workerId(), date(a.startDate()), date(a.endDate()),
                        a.reason().code(), a.workingDays()});
        insert(insert("child_case", "la_code, " + CHILD_CASE),
                register.cases(), (c, i) -> new Object[] {la, c.caseId(), c.childId(), c.familyId(), c.category().code(),
                        c.courtProceedings(), date(c.openedOn()), date(c.closedOn())});
        insert(insert("allocation", "la_code, seq, " + ALLOCATION),
                register.allocations(), (a, i) -> new Object[] {la, i, a.caseId(), a.workerId(), a.role().code(),
                        date(a.startDate()), date(a.endDate()), a.changeReason() == null ? null : a.changeReason().code()});
        insert(insert("supervision", "la_code, seq, " + SUPERVISION),
                register.supervisions(), (s, i) -> new Object[] {la, i, s.workerId(), s.supervisorId(), date(s.date()),
                        s.kind().code(), s.minutes()});
        for (BundleFileType<?> type : BundleWriter.capabilityFilesOf(register)) {
            java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
            try {
                BundleWriter.write(register, type, csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            jdbc.update("insert into capability_file (la_code, file_name, content) values (?, ?, ?)", la, type.fileName(),
                    csv.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        return version;
    }

    /**
     * Writes an allocation (see {@link uk.retain.workforce.Registers#allocate}) and answers the authority's new
     * version. Run inside a transaction: the authority's row is locked first, so allocations of one authority
     * are written one at a time and each sees the one before. The rows it adds are made by {@code madeBy} at
     * {@code at}; the rows it ends, ended by them then.
     */
    public long allocate(AllocationRequest request, String madeBy, Instant at) {
        Timestamp when = Timestamp.from(at);
        String la = request.laCode();
        Long version = jdbc.query("select import_version from authority where la_code = ? for update",
                (rs, n) -> rs.getLong(1), la).stream().findFirst()
                .orElseThrow(() -> new AllocationConflictException("no authority " + la));
        Date from = date(request.from());
        List<Object[]> openCase = jdbc.query("select opened_on, closed_on from child_case where la_code = ? and case_id = ?",
                (rs, n) -> new Object[] {rs.getDate(1), rs.getDate(2)}, la, request.caseId());
        if (openCase.isEmpty()) {
            throw new AllocationConflictException("case " + request.caseId() + " is not in the register");
        }
        Date closed = (Date) openCase.get(0)[1];
        if (((Date) openCase.get(0)[0]).after(from) || (closed != null && closed.before(from))) {
            throw new AllocationConflictException("case " + request.caseId() + " is not open on " + request.from());
        }
        employedOn(la, request.workerId(), from);
        if (request.coWorkerId() != null) {
            employedOn(la, request.coWorkerId(), from);
        }
        List<Object[]> current = jdbc.query("select seq, worker_id, start_date from allocation where la_code = ? and case_id = ?"
                        + " and role = 'primary' and start_date <= ? and (end_date is null or end_date >= ?)",
                (rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getDate(3)}, la, request.caseId(), from, from);
        for (Object[] primary : current) {
            if (request.endingReason() == null) {
                throw new AllocationConflictException("case " + request.caseId() + " already has a primary worker ("
                        + primary[1] + ")");
            }
            if (!((Date) primary[2]).before(from)) {
                throw new AllocationConflictException("case " + request.caseId() + " was allocated to " + primary[1]
                        + " from " + primary[2] + "; it cannot be reallocated from the same day");
            }
            jdbc.update("update allocation set end_date = ?, change_reason = ?, ended_by = ?, ended_at = ? where la_code = ? and seq = ?",
                    date(request.from().minusDays(1)), request.endingReason().code(), madeBy, when, la, primary[0]);
        }
        // A co-worker who becomes the primary worker stops co-working the case: nobody is both on one case.
        jdbc.update("update allocation set end_date = ?, change_reason = ?, ended_by = ?, ended_at = ? where la_code = ? and case_id = ?"
                        + " and worker_id = ? and role = 'co_worker' and start_date < ? and (end_date is null or end_date >= ?)",
                date(request.from().minusDays(1)), ChangeReason.OTHER.code(), madeBy, when, la, request.caseId(), request.workerId(), from, from);
        jdbc.update("delete from allocation where la_code = ? and case_id = ? and worker_id = ? and role = 'co_worker' and start_date >= ?",
                la, request.caseId(), request.workerId(), from);
        int seq = jdbc.queryForObject("select coalesce(max(seq), -1) + 1 from allocation where la_code = ?", Integer.class, la);
        jdbc.update("insert into allocation (la_code, seq, case_id, worker_id, role, start_date, made_by, made_at) values (?, ?, ?, ?, 'primary', ?, ?, ?)",
                la, seq, request.caseId(), request.workerId(), from, madeBy, when);
        if (request.coWorkerId() != null) {
            Integer coWorking = jdbc.queryForObject("select count(*) from allocation where la_code = ? and case_id = ? and worker_id = ?"
                    + " and role = 'co_worker' and start_date <= ? and (end_date is null or end_date >= ?)",
                    Integer.class, la, request.caseId(), request.coWorkerId(), from, from);
            if (coWorking == 0) {
                jdbc.update("insert into allocation (la_code, seq, case_id, worker_id, role, start_date, made_by, made_at) values (?, ?, ?, ?, 'co_worker', ?, ?, ?)",
                        la, seq + 1, request.caseId(), request.coWorkerId(), from, madeBy, when);
            }
        }
        long next = version + 1;
        jdbc.update("update authority set import_version = ? where la_code = ?", next, la);
        return next;
    }

    /**
     * Locks the authority's row until the transaction ends, as {@link #allocate} does, so that what is read next
     * cannot change before the transaction writes. Run inside a transaction.
     */
    public void lock(String laCode) {
        if (jdbc.query("select import_version from authority where la_code = ? for update", (rs, n) -> rs.getLong(1), laCode).isEmpty()) {
            throw new AllocationConflictException("no authority " + laCode);
        }
    }

    /** The bundle rule holds for allocations made here too: the worker is in employment from the first day. */
    private void employedOn(String la, String workerId, Date day) {
        Integer rows = jdbc.queryForObject("select count(*) from employment where la_code = ? and worker_id = ?"
                + " and start_date <= ? and end_date is null", Integer.class, la, workerId, day);
        if (rows == 0) {
            throw new AllocationConflictException("worker " + workerId + " is not in open-ended employment on " + day);
        }
    }

    /**
     * The authority's allocations made or ended in Retain since the last import, in the order they were written; with
     * {@code since}, only those made or ended at or after it.
     *
     * @param since the first instant, or null for all of them
     */
    public List<AllocationProvenance> changedInRetain(String laCode, Instant since) {
        String sql = "select case_id, worker_id, role, start_date, end_date, change_reason, made_by, made_at, ended_by, ended_at"
                + " from allocation where la_code = ? and " + (since == null ? "(made_by is not null or ended_by is not null)"
                : "(made_at >= ? or ended_at >= ?)") + " order by seq";
        Object[] args = since == null ? new Object[] {laCode} : new Object[] {laCode, Timestamp.from(since), Timestamp.from(since)};
        return jdbc.query(sql, (rs, n) -> new AllocationProvenance(
                new Allocation(rs.getString(1), rs.getString(2), code(AllocationRole.class, rs.getString(3)), localDate(rs, 4),
                        localDate(rs, 5), rs.getString(6) == null ? null : code(ChangeReason.class, rs.getString(6))),
                rs.getString(7), instant(rs, 8), rs.getString(9), instant(rs, 10)), args);
    }

    /**
     * Writes a supervision session recorded in Retain by {@code recordedBy} at {@code at} and answers the authority's
     * new version. Run inside a transaction that has {@link #lock locked} the authority's row. The register then holds
     * a supervisions.csv, if the last bundle had none: the session is part of it from now on.
     */
    public long recordSupervision(String la, Supervision session, int casesDiscussed, String recordedBy, Instant at) {
        Object[] head = jdbc.query("select import_version, bundle_files from authority where la_code = ? for update",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}, la).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no authority " + la));
        int seq = jdbc.queryForObject("select coalesce(max(seq), -1) + 1 from supervision where la_code = ?", Integer.class, la);
        jdbc.update(insert("supervision", "la_code, seq, " + SUPERVISION + ", cases_discussed, recorded_by, recorded_at"), la, seq, session.workerId(), session.supervisorId(),
                date(session.date()), session.kind().code(), session.minutes(), casesDiscussed, recordedBy, Timestamp.from(at));
        Set<String> files = new java.util.TreeSet<>(Arrays.stream(((String) head[1]).split(",")).filter(f -> !f.isEmpty()).toList());
        files.add(BundleFile.SUPERVISIONS.name());
        long next = (Long) head[0] + 1;
        jdbc.update("update authority set import_version = ?, bundle_files = ? where la_code = ?", next, String.join(",", files), la);
        return next;
    }

    /**
     * Ends {@code change.ending()} the day before {@code change.starting()} starts and adds the new row (see
     * {@link uk.retain.workforce.Registers#changeEmployment}); answers the authority's new version. Run inside a
     * transaction that has {@link #lock locked} the authority's row. The row to end is found by worker, team, job
     * role and start date; none such (or one already ended before the change) is an {@link IllegalStateException}.
     */
    public long changeEmployment(String la, uk.retain.workforce.Registers.EmploymentChange change) {
        long version = jdbc.queryForObject("select import_version from authority where la_code = ? for update", Long.class, la);
        Employment ending = change.ending();
        Employment starting = change.starting();
        int ended = jdbc.update("update employment set end_date = ? where la_code = ? and worker_id = ? and team_id = ?"
                        + " and job_role = ? and start_date = ? and start_date < ? and (end_date is null or end_date >= ?)",
                date(starting.startDate().minusDays(1)), la, ending.workerId(), ending.teamId(), ending.jobRole().code(),
                date(ending.startDate()), date(starting.startDate()), date(starting.startDate()));
        if (ended != 1) {
            throw new IllegalStateException("no row of " + ending.workerId() + " in " + ending.teamId() + " from "
                    + ending.startDate() + " in force on " + starting.startDate());
        }
        int seq = jdbc.queryForObject("select coalesce(max(seq), -1) + 1 from employment where la_code = ?", Integer.class, la);
        Employment e = starting;
        jdbc.update(insert("employment", "la_code, seq, " + EMPLOYMENT),
                la, seq, e.workerId(), e.contract().code(), e.jobRole().code(), e.teamId(), e.postId(), e.fte(),
                date(e.startDate()), date(e.endDate()), e.endReason(), e.leaverDestination());
        long next = version + 1;
        jdbc.update("update authority set import_version = ? where la_code = ?", next, la);
        return next;
    }

    /**
     * The authority's supervision sessions recorded in Retain since the last import, in the order they were written;
     * with {@code since}, only those recorded at or after it.
     *
     * @param since the first instant, or null for all of them
     */
    public List<RecordedSupervision> supervisionsRecorded(String laCode, Instant since) {
        String sql = "select " + SUPERVISION + ", cases_discussed, recorded_by, recorded_at"
                + " from supervision where la_code = ? and recorded_by is not null" + (since == null ? "" : " and recorded_at >= ?")
                + " order by seq";
        Object[] args = since == null ? new Object[] {laCode} : new Object[] {laCode, Timestamp.from(since)};
        return jdbc.query(sql, (rs, n) -> new RecordedSupervision(new Supervision(rs.getString(1), rs.getString(2), localDate(rs, 3),
                code(SupervisionKind.class, rs.getString(4)), rs.getInt(5)), rs.getInt(6), rs.getString(7), instant(rs, 8)), args);
    }

    /**
     * Writes the capability file {@code type} of {@code changed} (the register with a row recorded in Retain), notes
     * {@code cells} as recorded by {@code recordedBy} at {@code at}, and answers the authority's new version. Run
     * inside a transaction that has {@link #lock locked} the authority's row.
     */
    public long recordCapabilityRow(Register changed, BundleFileType<?> type, String cells, String recordedBy, Instant at) {
        String la = changed.authority().laCode();
        long version = writeCapabilityFile(changed, type);
        int seq = jdbc.queryForObject("select coalesce(max(seq), -1) + 1 from capability_row_recorded where la_code = ? and file_name = ?",
                Integer.class, la, type.fileName());
        jdbc.update("insert into capability_row_recorded (la_code, file_name, seq, row_cells, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
                la, type.fileName(), seq, cells, recordedBy, Timestamp.from(at));
        return version;
    }

    /**
     * Writes the capability file {@code type} of {@code changed} (the register with the recorded row {@code seq}
     * replaced, or taken out) and replaces that row's note with {@code cells}, recorded by {@code changedBy} at
     * {@code at}, or deletes the note when {@code cells} is null; answers the authority's new version. Run inside a
     * transaction that has {@link #lock locked} the authority's row.
     */
    public long changeCapabilityRow(Register changed, BundleFileType<?> type, int seq, String cells, String changedBy, Instant at) {
        String la = changed.authority().laCode();
        long version = writeCapabilityFile(changed, type);
        int noted = cells == null
                ? jdbc.update("delete from capability_row_recorded where la_code = ? and file_name = ? and seq = ?", la, type.fileName(), seq)
                : jdbc.update("update capability_row_recorded set row_cells = ?, recorded_by = ?, recorded_at = ? where la_code = ? and file_name = ? and seq = ?",
                        cells, changedBy, Timestamp.from(at), la, type.fileName(), seq);
        if (noted != 1) {
            throw new IllegalStateException("no recorded row " + seq + " of " + type.fileName() + " in " + la);
        }
        return version;
    }

    /** The capability file's recorded row {@code seq}: its cells, or empty when there is none (removed, or imported over). */
    public Optional<String> capabilityRowRecorded(String laCode, String fileName, int seq) {
        return jdbc.queryForList("select row_cells from capability_row_recorded where la_code = ? and file_name = ? and seq = ?",
                String.class, laCode, fileName, seq).stream().findFirst();
    }

    /** Writes {@code changed}'s capability file {@code type} in place of the stored one; answers the new version. */
    private long writeCapabilityFile(Register changed, BundleFileType<?> type) {
        String la = changed.authority().laCode();
        long version = jdbc.query("select import_version from authority where la_code = ? for update", (rs, n) -> rs.getLong(1), la)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("no authority " + la));
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        try {
            BundleWriter.write(changed, type, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        jdbc.update("delete from capability_file where la_code = ? and file_name = ?", la, type.fileName());
        jdbc.update("insert into capability_file (la_code, file_name, content) values (?, ?, ?)", la, type.fileName(),
                csv.toString(java.nio.charset.StandardCharsets.UTF_8));
        jdbc.update("update authority set import_version = ? where la_code = ?", version + 1, la);
        return version + 1;
    }

    /**
     * The rows of the capability file recorded in Retain since the last import, in the order they were recorded; of
     * every capability file when {@code fileName} is null.
     */
    public List<uk.retain.workforce.RecordedRow> capabilityRowsRecorded(String laCode, String fileName) {
        org.springframework.jdbc.core.RowMapper<uk.retain.workforce.RecordedRow> row =
                (rs, n) -> new uk.retain.workforce.RecordedRow(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getInt(5));
        return fileName == null
                ? jdbc.query("select file_name, row_cells, recorded_by, recorded_at, seq from capability_row_recorded where la_code = ? order by recorded_at, file_name, seq",
                        row, laCode)
                : jdbc.query("select file_name, row_cells, recorded_by, recorded_at, seq from capability_row_recorded where la_code = ? and file_name = ? order by seq",
                        row, laCode, fileName);
    }

    /** The stored register of {@code laCode}, with its version, or empty when the authority is not held. */
    public Optional<VersionedRegister> load(String laCode) {
        List<Object[]> head = jdbc.query("select la_code, name, region_code, bundle_files, import_version, history_from from authority where la_code = ?",
                (rs, n) -> new Object[] {new Authority(rs.getString(1), rs.getString(2), rs.getString(3), localDate(rs, 6)), rs.getString(4), rs.getLong(5)},
                laCode);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Authority authority = (Authority) head.get(0)[0];
        Set<BundleFile> files = EnumSet.noneOf(BundleFile.class);
        Arrays.stream(((String) head.get(0)[1]).split(",")).filter(s -> !s.isEmpty()).map(BundleFile::valueOf).forEach(files::add);
        String la = authority.laCode();
        Register register = new Register(authority,
                jdbc.query("select " + TEAM + " from team where la_code = ? order by team_id",
                        (rs, n) -> new Team(rs.getString(1), rs.getString(2), code(ServiceArea.class, rs.getString(3)), rs.getString(4)), la),
                jdbc.query("select " + WORKER + " from worker where la_code = ? order by worker_id",
                        (rs, n) -> new Worker(rs.getString(1), new SweNumber(rs.getString(2)), rs.getString(3), rs.getString(4),
                                localDate(rs, 5), localDate(rs, 6), integer(rs, 7), rs.getString(8), integer(rs, 9)), la),
                jdbc.query("select " + EMPLOYMENT + " from employment where la_code = ? order by seq",
                        (rs, n) -> new Employment(rs.getString(1), code(Contract.class, rs.getString(2)), code(JobRole.class, rs.getString(3)),
                                rs.getString(4), rs.getString(5), decimal(rs, 6), localDate(rs, 7), localDate(rs, 8), integer(rs, 9), integer(rs, 10)), la),
                jdbc.query("select " + POST + " from post where la_code = ? order by post_id",
                        (rs, n) -> new Post(rs.getString(1), rs.getString(2), code(JobRole.class, rs.getString(3)), decimal(rs, 4),
                                localDate(rs, 5), localDate(rs, 6)), la),
                jdbc.query("select " + ABSENCE + " from absence where la_code = ? order by seq",
                        (rs, n) -> new Absence(rs.getString(1), localDate(rs, 2), localDate(rs, 3), code(AbsenceReason.class, rs.getString(4)),
                                decimal(rs, 5)), la),
                jdbc.query("select " + CHILD_CASE + " from child_case where la_code = ? order by case_id",
                        (rs, n) -> new Case(rs.getString(1), rs.getString(2), rs.getString(3), code(CaseCategory.class, rs.getString(4)),
                                rs.getBoolean(5), localDate(rs, 6), localDate(rs, 7)), la),
                jdbc.query("select " + ALLOCATION + " from allocation where la_code = ? order by seq",
                        (rs, n) -> new Allocation(rs.getString(1), rs.getString(2), code(AllocationRole.class, rs.getString(3)),
                                localDate(rs, 4), localDate(rs, 5), rs.getString(6) == null ? null : code(ChangeReason.class, rs.getString(6))), la),
                jdbc.query("select " + SUPERVISION + " from supervision where la_code = ? order by seq",
                        (rs, n) -> new Supervision(rs.getString(1), rs.getString(2), localDate(rs, 3), code(SupervisionKind.class, rs.getString(4)),
                                rs.getInt(5)), la),
                files, capabilityFiles(la));
        return Optional.of(new VersionedRegister(register, (Long) head.get(0)[2]));
    }

    /** The capability files stored for the authority, typed again by their descriptors. */
    private Map<String, List<?>> capabilityFiles(String la) {
        Map<String, List<?>> files = new LinkedHashMap<>();
        jdbc.query("select file_name, content from capability_file where la_code = ? order by file_name", rs -> {
            String name = rs.getString(1);
            BundleFileType<?> type = BundleFileTypes.named(name)
                    .orElseThrow(() -> new IllegalStateException("the database holds " + name + ", which no module reads"));
            try {
                files.put(name, Bundles.readCapabilityFile(type, rs.getString(2).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (InvalidBundleException e) {
                throw new IllegalStateException("stored " + name + " no longer reads: " + e.report(), e);
            }
        }, la);
        return files;
    }

    /** The file's columns as the table names them, in the descriptor's order: {@code a, b, c}. */
    private static String columns(RegisterFile<?> file, String... renamed) {
        List<String> names = new ArrayList<>(file.columnNames());
        for (int i = 0; i < renamed.length; i += 2) {
            names.set(names.indexOf(renamed[i]), renamed[i + 1]);
        }
        return String.join(", ", names);
    }

    /** An insert of one row into {@code table}, a parameter for each of {@code columns}. */
    private static String insert(String table, String columns) {
        int count = columns.split(",").length;
        return "insert into " + table + " (" + columns + ") values (" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    private interface Values<T> {
        Object[] of(T item, int index);
    }

    private <T> void insert(String sql, List<T> items, Values<T> values) {
        List<Object[]> batch = new ArrayList<>(Math.min(BATCH, items.size()));
        for (int i = 0; i < items.size(); i++) {
            batch.add(values.of(items.get(i), i));
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Decimals come back at the column's scale; strip it so a stored 0.5 reads as the bundle's 0.5. */
    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " code in the database: " + code));
    }

}
