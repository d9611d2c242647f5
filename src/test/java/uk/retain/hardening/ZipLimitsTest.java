package uk.retain.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import uk.retain.workforce.BundleLimits;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.TestBundle;

/** A zip that unpacks past its limits is refused as soon as unpacking passes them, with a clear problem. */
class ZipLimitsTest {

    /** A zip of the minimal bundle plus one entry of {@code megabytes} of the same byte: it compresses a thousandfold. */
    private static byte[] withPadding(String entry, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            java.nio.file.Path folder = TestBundle.minimal().writeFolder(java.nio.file.Files.createTempDirectory("zip-limits"));
            try (var files = java.nio.file.Files.list(folder)) {
                for (var file : files.toList()) {
                    zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                    zip.write(java.nio.file.Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry(entry));
            byte[] megabyte = new byte[1 << 20];
            java.util.Arrays.fill(megabyte, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aFileThatUnpacksPastItsLimitIsRefused() throws IOException {
        byte[] bomb = withPadding("development.csv", 8);
        assertThat(bomb.length).isLessThan(100_000);

        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class,
                () -> Bundles.readZip("bomb.zip", bomb, BundleLimits.ofMegabytes(2, 64)));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("bomb.zip");
            assertThat(problem.message()).contains("development.csv unpacks to more than 2 MB");
        });
    }

    @Test
    void aBundleThatUnpacksPastItsLimitIsRefusedEvenWhenEachFileIsWithin() throws IOException {
        byte[] bomb = withPadding("development.csv", 3);

        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class,
                () -> Bundles.readZip("bomb.zip", bomb, BundleLimits.ofMegabytes(4, 2)));

        assertThat(refused.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("unpacks to more than 2 MB, the most a bundle may hold"));
    }

    @Test
    void aBundleWithinItsLimitsIsRead() throws Exception {
        byte[] zip = TestBundle.minimal().zip();

        assertThat(Bundles.readZip("bundle.zip", zip, BundleLimits.ofMegabytes(1, 1)).workers()).hasSize(3);
    }
}
