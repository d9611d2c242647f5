package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;

import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.support.PageTest;
import uk.retain.support.Zip;

/** When as many imports as allowed are under way, another is turned away before anything is read. */
class BundleUploadsBusyTest extends PageTest {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anImportBeyondTheLimitIsBusyAndChangesNothing() throws Exception {
        BundleUploads none = new BundleUploads(registers, events, new PendingImports(3, 30, Clock.systemUTC()), 256, 512, 100, 0);
        long before = registers.find("999").orElseThrow().version();
        Viewer admin = new Viewer(new Account("admin", "Admin", Role.ADMINISTRATOR, "999", null, Set.of(), null));
        MockMultipartFile bundle = new MockMultipartFile("bundle", "bundle.zip", "application/zip", Zip.of(SMALL));

        assertThat(none.upload(admin, bundle, false, uk.retain.workforce.ReplaceRetain.NOTHING)).isInstanceOf(BundleUploads.Busy.class);
        assertThat(none.upload(admin, bundle, true, uk.retain.workforce.ReplaceRetain.NOTHING)).as("a dry run reads the bundle too").isInstanceOf(BundleUploads.Busy.class);
        assertThat(none.check(admin, bundle)).isInstanceOf(BundleUploads.Busy.class);
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(before);
    }
}
