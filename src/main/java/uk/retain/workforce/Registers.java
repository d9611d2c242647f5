package uk.retain.workforce;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.retain.workforce.store.RegisterTables;
import uk.retain.workforce.store.VersionedRegister;

/**
 * The registers held in the database. Reading the full register of a large council takes far longer than a
 * measures call may, so each is kept in memory by its import version; the version is checked on every read,
 * so an import by another instance is seen at once.
 */
@Service
public class Registers {

    private final RegisterTables tables;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    /** When an allocation is made in Retain: the service's one clock. */
    private final Clock clock;
    private final ConcurrentHashMap<String, VersionedRegister> cache = new ConcurrentHashMap<>();
    /** One lock per authority, so that callers who miss the cache together wait for one load, not one each. */
    private final ConcurrentHashMap<String, Object> loading = new ConcurrentHashMap<>();
    /** Asked at each import, not at start: a capability keeping files beside may itself need the registers. */
    private final ObjectProvider<RowsKeptBeside> kept;

    Registers(RegisterTables tables, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<RowsKeptBeside> kept) {
        this.tables = tables;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.kept = kept;
    }

    private List<RowsKeptBeside> kept() {
        return kept.orderedStream().toList();
    }

    public List<Authority> authorities() {
        return tables.authorities();
    }

    /** The authority's register as last imported, or empty when it is not held. */
    public Optional<StoredRegister> find(String laCode) {
        Optional<Long> version = tables.version(laCode);
        if (version.isEmpty()) {
            cache.remove(laCode);
            return Optional.empty();
        }
        VersionedRegister cached = cache.get(laCode);
        if (cached == null || cached.version() != version.get()) {
            // A large register takes seconds to read: a burst of callers on a cold node would otherwise each read it
            // and hold a pooled connection while doing so (the two-node benchmark ran out of connections that way).
            synchronized (loading.computeIfAbsent(laCode, code -> new Object())) {
                cached = cache.get(laCode);
                if (cached == null || cached.version() != version.get()) {
                    Optional<VersionedRegister> loaded = tables.load(laCode);
                    if (loaded.isEmpty()) {
                        return Optional.empty();
                    }
                    cached = loaded.get();
                    cache.put(laCode, cached);
                }
            }
        }
        return Optional.of(new StoredRegister(cached.register(), cached.version()));
    }

    /**
     * Replaces the authority's register with {@code register} in one transaction: readers see the old
     * register or the new one, never a mixture, and a failure leaves the old one whole.
     */
    public StoredRegister replace(Register register) {
        return replace(register, version -> {
        });
    }

    /**
     * The same, with {@code alongside} (such as writing the import's audit record) run in the same transaction with
     * the new version: if it fails, the import does not happen, so an import can never commit without its record.
     */
    public StoredRegister replace(Register register, LongConsumer alongside) {
        return replace(register, null, alongside);
    }

    /**
     * The same, only if the authority's register is still at {@code expectedVersion}, the version of the
     * {@link #preview} the import was checked with: an allocation made, or another import, since then throws
     * {@link RegisterChangedException} and nothing is written, so nothing is lost that the check did not show.
     */
    public StoredRegister replace(Register register, long expectedVersion, LongConsumer alongside) {
        return replace(register, Long.valueOf(expectedVersion), alongside);
    }

    private StoredRegister replace(Register register, Long expectedVersion, LongConsumer alongside) {
        List<RowsKeptBeside> beside = kept();
        // The files kept beside go to their capability's tables (rows not held yet), not into the stored register.
        Register.Builder without = register.toBuilder();
        beside.forEach(capability -> capability.files().forEach(without::without));
        Register stored = without.build();
        long version = transaction.execute(status -> {
            long replaced = tables.replace(stored, expectedVersion);
            beside.forEach(capability -> capability.bringIn(register));
            alongside.accept(replaced);
            return replaced;
        });
        cache.put(stored.authority().laCode(), new VersionedRegister(stored, version));
        events.publishEvent(new BundleImported(stored.authority().laCode(), version));
        return new StoredRegister(stored, version);
    }

    /**
     * What importing {@code incoming} would do to its authority's register as it stands: the changes file by file,
     * and the allocations made in Retain since the last import that the bundle does not have (same case, worker,
     * role and start date), which the import would end, the supervision sessions recorded in Retain that it does
     * not have (same supervisee, supervisor, date and kind) and the rows of capability files recorded in Retain that
     * its files do not have (cell for cell), which it would drop. The files kept beside the register
     * ({@link RowsKeptBeside}) are compared as their capability holds them before and after: their rows not held
     * are added, and none ends. Writes nothing.
     */
    public ImportPreview preview(Register incoming) {
        String la = incoming.authority().laCode();
        // The version first: anything written after it makes the import's version check fail, never pass unseen.
        long version = tables.version(la).orElse(0L);
        List<AllocationProvenance> made = changedInRetain(la).stream()
                .filter(AllocationProvenance::madeInRetain).toList();
        Register current = find(la).map(StoredRegister::register).orElse(null);
        List<AllocationProvenance> lost = made.stream().filter(a -> !BundleChanges.holds(incoming, a.allocation())).toList();
        List<RecordedSupervision> dropped = tables.supervisionsRecorded(la, null).stream()
                .filter(s -> !BundleChanges.holds(incoming, s.session())).toList();
        List<RecordedRow> rows = tables.capabilityRowsRecorded(la, null).stream().filter(row -> !row.heldBy(incoming)).toList();
        Register before = current;
        Register after = incoming;
        for (RowsKeptBeside capability : kept()) {
            before = before == null ? null : capability.withRecorded(before);
            after = capability.withRecorded(after);
        }
        return new ImportPreview(current, version, BundleChanges.between(before, after), lost, dropped, rows);
    }

    /** The authority's allocations made or ended in Retain since the last import, in the order they were written. */
    public List<AllocationProvenance> changedInRetain(String laCode) {
        return tables.changedInRetain(laCode, null);
    }

    /**
     * The authority's allocations made or ended in Retain at or after {@code since}, in the order they were written:
     * what the case management system needs to catch up (every one is since the last import, which replaces them).
     */
    public List<AllocationProvenance> changedInRetainSince(String laCode, Instant since) {
        return tables.changedInRetain(laCode, since);
    }

    /**
     * Gives a case to a worker in one transaction, keeping its history: the current primary allocation (if the
     * request says why it ends) ends the day before, and the new one starts on the request's date; a co-worker who
     * becomes the primary worker stops co-working the case the day before (change_reason {@code other}). The
     * authority's row is locked while the case is checked and written, so two managers accepting at the same
     * moment take turns, and the second finds the case already allocated ({@link AllocationConflictException}).
     * The rows written are recorded as made (or ended) in Retain by {@code madeBy}, now.
     *
     * @param madeBy the user name of whoever allocates, kept with the allocation until an import replaces it
     */
    public long allocate(AllocationRequest request, String madeBy) {
        Instant now = clock.instant();
        long version = transaction.execute(status -> tables.allocate(request, madeBy, now));
        cache.remove(request.laCode());
        events.publishEvent(new CaseAllocated(request.laCode(), request.caseId(), request.workerId(), request.coWorkerId(),
                request.from(), version));
        return version;
    }

    /**
     * Gives several cases their workers in ONE transaction, each as {@link #allocate} does, all or none. The
     * authority's row is locked first; then {@code check} is run on the register as it stands under that lock (so
     * nothing can change between the check and the writing) and refuses the whole batch by throwing; then every
     * allocation is written, in order, and {@code alongside} (such as their audit records) runs in the same transaction
     * with the new version. An allocation that cannot be made ({@link AllocationConflictException}), or a failure of
     * {@code alongside}, undoes the ones before it. Answers the authority's new version. The rows are recorded as made
     * in Retain by {@code madeBy}, now, as {@link #allocate} records them.
     */
    public long allocateAll(String laCode, List<AllocationRequest> requests, String madeBy,
            java.util.function.Consumer<Register> check, LongConsumer alongside) {
        Instant now = clock.instant();
        long version = transaction.execute(status -> {
            tables.lock(laCode);
            check.accept(find(laCode).orElseThrow(() -> new AllocationConflictException("no authority " + laCode)).register());
            long written = 0;
            for (AllocationRequest request : requests) {
                written = tables.allocate(request, madeBy, now);
            }
            alongside.accept(written);
            return written;
        });
        cache.remove(laCode);
        for (AllocationRequest request : requests) {
            events.publishEvent(new CaseAllocated(request.laCode(), request.caseId(), request.workerId(), request.coWorkerId(),
                    request.from(), version));
        }
        return version;
    }

    /**
     * Records a supervision session in Retain in one transaction: the authority's row is locked first, then
     * {@code check} is run on the register as it stands under that lock (so nothing can change between the check and
     * the writing) and answers the session to write, or refuses by throwing; then the session is written, recorded by
     * {@code recordedBy} now, and {@code alongside} (such as its audit record) runs in the same transaction with the
     * new version. Answers the authority's new version.
     */
    public long recordSupervision(String laCode, String recordedBy, java.util.function.Function<Register, NewSession> check,
            LongConsumer alongside) {
        Instant now = clock.instant();
        long version = transaction.execute(status -> {
            tables.lock(laCode);
            NewSession session = check.apply(find(laCode).orElseThrow(() -> new IllegalStateException("no authority " + laCode)).register());
            long written = tables.recordSupervision(laCode, session.session(), session.casesDiscussed(), recordedBy, now);
            alongside.accept(written);
            return written;
        });
        cache.remove(laCode);
        return version;
    }

    /**
     * Moves a worker in one transaction, keeping their history (a transfer approved in Retain): the authority's row is
     * locked first, then {@code check} is run on the register as it stands under that lock and answers the change, or
     * refuses by throwing; then the row in force ends the day before the change and a new row starts on its day, and
     * {@code alongside} (such as marking the request approved, and its audit record) runs in the same transaction
     * with the new version: if it throws, nothing is written. Answers the authority's new version.
     */
    public long changeEmployment(String laCode, java.util.function.Function<Register, EmploymentChange> check,
            LongConsumer alongside) {
        long version = transaction.execute(status -> {
            tables.lock(laCode);
            Register register = find(laCode).orElseThrow(() -> new IllegalStateException("no authority " + laCode)).register();
            long written = tables.changeEmployment(laCode, check.apply(register));
            alongside.accept(written);
            return written;
        });
        cache.remove(laCode);
        return version;
    }

    /**
     * A change of employment: {@code ending} (a row of the register, open or ending on or after {@code starting}'s
     * start) ends the day before {@code starting} starts, with no end reason (it is no leaving); {@code starting} is
     * added.
     */
    public record EmploymentChange(Employment ending, Employment starting) {
    }

    /** A session to record in Retain, with how many cases were discussed in it. */
    public record NewSession(Supervision session, int casesDiscussed) {
    }

    /** The authority's supervision sessions recorded in Retain since the last import, in the order they were recorded. */
    public List<RecordedSupervision> supervisionsRecorded(String laCode) {
        return tables.supervisionsRecorded(laCode, null);
    }

    /**
     * The authority's supervision sessions recorded in Retain at or after {@code since}, in the order they were
     * recorded: what the case management system needs to catch up (all since the last import, which replaces them).
     */
    public List<RecordedSupervision> supervisionsRecordedSince(String laCode, Instant since) {
        return tables.supervisionsRecorded(laCode, since);
    }

    /**
     * Records one row of a capability file on a page of Retain (such as an exit interview) in one transaction, as
     * {@link #recordSupervision} records a session: the authority's row is locked, {@code check} runs on the register as
     * it stands and answers the row to add or refuses by throwing; the file is written with the row after the others,
     * the row noted as recorded by {@code recordedBy} now, and {@code alongside} (its audit record) runs in the same
     * transaction with the new version. The row is part of the register, its measures and its bundle from then on,
     * until an import replaces the file. Answers the new version.
     */
    public <T> long recordRow(String laCode, Class<? extends BundleFileType<T>> type, String recordedBy,
            java.util.function.Function<Register, T> check, LongConsumer alongside) {
        Instant now = clock.instant();
        BundleFileType<T> descriptor = BundleFileTypes.of(type);
        long version = transaction.execute(status -> {
            tables.lock(laCode);
            Register register = find(laCode).orElseThrow(() -> new IllegalStateException("no authority " + laCode)).register();
            T row = check.apply(register);
            List<T> rows = new java.util.ArrayList<>(register.rows(type));
            rows.add(row);
            String cells = RecordedRow.cellsOf(descriptor, row);
            long written = tables.recordCapabilityRow(register.withRows(type, rows), descriptor, cells, recordedBy, now);
            alongside.accept(written);
            return written;
        });
        cache.remove(laCode);
        return version;
    }

    /**
     * Changes or removes one row of a capability file recorded in Retain, as {@link #recordRow} records one: the
     * authority's row is locked; the row is known by its recorded note {@code seq} and the cells the page showed
     * ({@code cells}), and when that note is gone or now holds other cells (someone changed or removed it meanwhile,
     * or an import replaced the file) nothing is written and {@link RecordedRowGone} is thrown, so no other row is
     * ever touched. Otherwise {@code change} runs on the register without the row, given the row, and answers its
     * replacement, or empty to remove it, or refuses by throwing; the file is written with the replacement in the
     * row's place (or without it), the note follows (recorded by {@code changedBy} now, or deleted), and
     * {@code alongside} (its audit record) runs in the same transaction with the new version. Answers the new version.
     */
    public <T> long changeRecordedRow(String laCode, Class<? extends BundleFileType<T>> type, int seq, String cells, String changedBy,
            java.util.function.BiFunction<Register, T, java.util.Optional<T>> change, LongConsumer alongside) {
        Instant now = clock.instant();
        BundleFileType<T> descriptor = BundleFileTypes.of(type);
        long version = transaction.execute(status -> {
            tables.lock(laCode);
            Register register = find(laCode).orElseThrow(() -> new IllegalStateException("no authority " + laCode)).register();
            if (!tables.capabilityRowRecorded(laCode, descriptor.fileName(), seq).map(cells::equals).orElse(false)) {
                throw new RecordedRowGone();
            }
            List<T> rows = new java.util.ArrayList<>(register.rows(type));
            int at = java.util.stream.IntStream.range(0, rows.size())
                    .filter(i -> RecordedRow.cellsOf(descriptor, rows.get(i)).equals(cells)).findFirst().orElse(-1);
            if (at < 0) {
                throw new RecordedRowGone();
            }
            T held = rows.remove(at);
            java.util.Optional<T> replacement = change.apply(register.withRows(type, List.copyOf(rows)), held);
            replacement.ifPresent(row -> rows.add(at, row));
            String written = replacement.map(row -> RecordedRow.cellsOf(descriptor, row)).orElse(null);
            long next = tables.changeCapabilityRow(register.withRows(type, rows), descriptor, seq, written, changedBy, now);
            alongside.accept(next);
            return next;
        });
        cache.remove(laCode);
        return version;
    }

    /** A recorded row that is no longer as the page showed it: changed or removed meanwhile, or imported over. */
    public static final class RecordedRowGone extends RuntimeException {
        RecordedRowGone() {
            super("the recorded row is no longer held as it was shown", null, false, false);
        }
    }

    /** The recorded row {@code seq} of a capability file, or empty when the file has no such recorded row. */
    public java.util.Optional<RecordedRow> rowRecorded(String laCode, Class<? extends BundleFileType<?>> type, int seq) {
        return rowsRecorded(laCode, type).stream().filter(row -> row.seq() == seq).findFirst();
    }

    /** The rows of a capability file recorded in Retain since the last import, in the order they were recorded. */
    public List<RecordedRow> rowsRecorded(String laCode, Class<? extends BundleFileType<?>> type) {
        return tables.capabilityRowsRecorded(laCode, BundleFileTypes.typeOf(type).fileName());
    }

    /** A register read from the database, with the import version it came from. */
    public record StoredRegister(Register register, long version) {
    }
}
