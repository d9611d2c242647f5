package uk.retain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockMultipartFile;

import uk.retain.development.Readiness;
import uk.retain.development.Succession;
import uk.retain.people.Account;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.support.PageTest;
import uk.retain.support.Zip;
import uk.retain.workforce.AllocationRequest;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.ReplaceRetain;
import uk.retain.workforce.Worker;
import uk.retain.workforce.web.BundleUploads;

/**
 * The audit record is written in the action's transaction: when writing it fails (here a user name longer than the
 * trail's column holds), the action it records is undone with it, and neither is kept.
 */
class AuditCommitsWithTheActionTest extends PageTest {

    /** One character more than {@code audit_event.username} holds. */
    private static final String TOO_LONG = "a".repeat(101);

    @Autowired
    BundleUploads uploads;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Succession succession;

    @Test
    void anImportWhoseAuditRecordCannotBeWrittenIsNotImported() throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("renamed"));
        try (var files = Files.list(SMALL)) {
            for (Path each : files.toList()) {
                Files.copy(each, bundle.resolve(each.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path workers = bundle.resolve("workers.csv");
        Files.writeString(workers, Files.readString(workers).replace("W1,SW0001,Smith,", "W1,SW0001,Renamed,"));
        long before = registers.find("999").orElseThrow().version();
        long auditBefore = auditRows();
        Viewer admin = new Viewer(new Account(TOO_LONG, "Admin", Role.ADMINISTRATOR, "999", null, Set.of(), null));

        assertThatThrownBy(() -> uploads.upload(admin, new MockMultipartFile("bundle", "bundle.zip", "application/zip",
                Zip.of(bundle)), false, ReplaceRetain.NOTHING)).isInstanceOf(DataAccessException.class);

        assertThat(registers.find("999").orElseThrow().version()).as("the import is undone").isEqualTo(before);
        assertThat(jdbc.queryForObject("select family_name from worker where la_code = '999' and worker_id = 'W1'",
                String.class)).isEqualTo("Smith");
        assertThat(registers.find("999").orElseThrow().register().workers()).extracting(Worker::familyName)
                .doesNotContain("Renamed");
        assertThat(auditRows()).as("no audit record either").isEqualTo(auditBefore);
    }

    @Test
    void allocationsWhoseAuditRecordCannotBeWrittenAreNotMade() {
        long before = registers.find("999").orElseThrow().version();
        long allocationsBefore = allocationRows();
        long auditBefore = auditRows();
        AllocationRequest request = new AllocationRequest("999", "K5", "W1", null, LocalDate.of(2025, 10, 1), null);

        // As the recommendations page records each allocation, in allocateAll's transaction.
        assertThatThrownBy(() -> registers.allocateAll("999", List.of(request), "tara.manager", register -> {
        }, version -> events.publishEvent(new Audited(TOO_LONG, "999", Action.CHANGE, "allocation", "K5",
                "primary W1 from 2025-10-01")))).isInstanceOf(DataAccessException.class);

        assertThat(registers.find("999").orElseThrow().version()).as("the allocation is undone").isEqualTo(before);
        assertThat(allocationRows()).isEqualTo(allocationsBefore);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void anAuditRecordPublishedInTheActionsTransactionIsWrittenWithIt() {
        long auditBefore = auditRows();
        AllocationRequest request = new AllocationRequest("999", "K5", "W1", null, LocalDate.of(2025, 10, 1), null);

        long version = registers.allocateAll("999", List.of(request), "tara.manager", register -> {
        }, written -> events.publishEvent(new Audited("tara.manager", "999", Action.CHANGE, "allocation", "K5",
                "primary W1 from 2025-10-01 at version " + written)));

        assertThat(auditRows()).isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject("select detail from audit_event order by id desc limit 1", String.class))
                .isEqualTo("primary W1 from 2025-10-01 at version " + version);
    }

    @Test
    void aSuccessorRemovalWhoseAuditRecordCannotBeWrittenIsNotRemoved() {
        long role = succession.addRole("999", "Team manager, audit test", null, JobRole.TEAM_MANAGER, "T1", "lead");
        succession.nameSuccessor("999", role, "W1", Readiness.READY_NOW, "lead");
        long auditBefore = auditRows();

        // As the succession page removes one, publishing its audit record in the removal's transaction.
        assertThatThrownBy(() -> succession.removeSuccessor("999", role, "W1", removed -> events.publishEvent(
                new Audited(TOO_LONG, "999", Action.CHANGE, "critical_role", String.valueOf(role), "removed successor W1"))))
                .isInstanceOf(DataAccessException.class);

        assertThat(succession.successors("999").get(role)).as("the successor is still named")
                .extracting(Succession.Successor::workerId).containsExactly("W1");
        assertThat(auditRows()).isEqualTo(auditBefore);
        succession.removeRole("999", role);
    }

    private long auditRows() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    private long allocationRows() {
        return jdbc.queryForObject("select count(*) from allocation where la_code = '999'", Long.class);
    }
}
