package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.retain.development.CareersFiles;
import uk.retain.development.CriticalRolesFile;
import uk.retain.development.LevelChangesFile;
import uk.retain.development.SuccessorsFile;
import uk.retain.development.TransferRequestsFile;
import uk.retain.development.Transfers;
import uk.retain.support.PageTest;
import uk.retain.workforce.Register;

/**
 * The demo loader stores the demo council with its careers files as an import would: the development tables then
 * hold exactly the rows demo-bundle writes, under the same ids, so importing the demo bundle into the loaded demo
 * adds nothing; and the waiting request can still be answered on the pages.
 */
class DemoCareersTest extends PageTest {

    @Autowired
    CareersFiles careers;

    @Autowired
    Transfers transfers;

    @BeforeEach
    @AfterEach
    void noCareersRecords() {
        jdbc.update("delete from successor where role_id in (select id from critical_role where la_code = '999')");
        jdbc.update("delete from critical_role where la_code = '999'");
        jdbc.update("delete from transfer_request where la_code = '999'");
        jdbc.update("delete from career_level_change where la_code = '999'");
    }

    @Test
    void theLoadedDemoHoldsInItsTablesWhatDemoBundleWrites() {
        Register bundle = DemoCareers.withCareers(DemoCouncil.demo());
        registers.replace(bundle);

        assertThat(careers.transfers("999")).isEqualTo(bundle.rows(TransferRequestsFile.class));
        assertThat(careers.roles("999")).isEqualTo(bundle.rows(CriticalRolesFile.class));
        assertThat(careers.successors("999")).isEqualTo(bundle.rows(SuccessorsFile.class));
        assertThat(careers.levels("999")).isEqualTo(bundle.rows(LevelChangesFile.class));
        assertThat(registers.find("999").orElseThrow().register().employments()).isEqualTo(bundle.employments());
        // The waiting one is open for the demo team manager's answer.
        assertThat(transfers.requests("999")).filteredOn(request -> request.open()).singleElement()
                .satisfies(request -> assertThat(request.receivingAgrees()).isTrue());

        registers.replace(bundle);
        assertThat(careers.transfers("999")).hasSize(3);
        assertThat(careers.levels("999")).hasSameSizeAs(bundle.rows(LevelChangesFile.class));
    }
}
