package uk.retain.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.support.Zip;
import uk.retain.web.UploadedFileName;
import uk.retain.workforce.Bundles;

/** An upload's name is the client's text, and an import never commits without its audit record. */
class UploadsTest extends PageTest {

    private static final String LONG_NAME = "a".repeat(250) + ".zip";

    private long version() {
        return jdbc.queryForObject("select import_version from authority where la_code = '999'", Long.class);
    }

    @Test
    void aValidBundleUnderAVeryLongNameIsImportedAndAudited() throws Exception {
        long before = version();

        mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", LONG_NAME, "application/zip", Zip.of(SMALL)))
                .with(SignedInAs.role(Role.ADMINISTRATOR))).andExpect(status().isCreated());

        assertThat(version()).isEqualTo(before + 1);
        assertThat(audited()).singleElement().satisfies(event -> {
            assertThat(event).containsEntry("action", "IMPORT");
            assertThat((String) event.get("subject_id")).hasSize(UploadedFileName.MAX_LENGTH).endsWith("…");
        });
    }

    @Test
    void anInvalidBundleUnderAVeryLongNameIsUnprocessableNotAnError() throws Exception {
        long before = version();

        mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", LONG_NAME, "application/zip", "not a zip".getBytes()))
                .with(SignedInAs.role(Role.ADMINISTRATOR))).andExpect(status().isUnprocessableContent());

        assertThat(version()).isEqualTo(before);
        assertThat(audited()).singleElement().satisfies(event -> assertThat(event).containsEntry("action", "IMPORT"));
    }

    @Test
    void anImportWhoseRecordCannotBeWrittenDoesNotHappen() throws Exception {
        long before = version();
        var register = Bundles.read(SMALL);

        assertThatThrownBy(() -> registers.replace(register, version -> {
            throw new IllegalStateException("the audit trail is full");
        })).hasMessageContaining("audit trail is full");

        assertThat(version()).isEqualTo(before);
        assertThat(registers.find("999")).get().satisfies(stored -> assertThat(stored.version()).isEqualTo(before));
    }

    @Test
    void namesLoseTheirPathControlCharactersAndLength() {
        assertThat(UploadedFileName.of("C:\\Users\\me\\bundle.zip", "x")).isEqualTo("bundle.zip");
        assertThat(UploadedFileName.of("../../etc/bundle\u0000\r\n.zip", "x")).isEqualTo("bundle.zip");
        assertThat(UploadedFileName.of("  ", "bundle.zip")).isEqualTo("bundle.zip");
        assertThat(UploadedFileName.of((String) null, "bundle.zip")).isEqualTo("bundle.zip");
        assertThat(UploadedFileName.of("\u202Egpj.zip", "x")).isEqualTo("gpj.zip");
    }
}
