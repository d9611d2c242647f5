package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * A zip cut short or damaged is refused, whatever the byte, with a reason a person can read (all found by
 * BundleReaderFuzzTest). A zip cut where an entry begins was read as a valid bundle without the files after the cut,
 * so an upload cut short replaced the authority's cases, allocations and supervisions with none; an entry whose name
 * was damaged was passed over as a file that is not CSV; and the zip reader's end-of-file error, which has no
 * message, was reported as "cannot be read: null".
 */
class UnreadableZipTest {

    @Test
    void aZipCutWhereAnEntryBeginsIsRefusedNotReadWithoutTheRest() {
        byte[] zip = TestBundle.minimal().zip();
        int cases = localHeaderOf(zip, "cases.csv");

        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class,
                () -> Bundles.readZip("bundle.zip", Arrays.copyOf(zip, cases)));

        assertThat(refused).as("the zip cut before cases.csv is refused").isNotNull();
        assertThat(refused.problems()).singleElement().hasToString("bundle.zip:0: -: is incomplete: it ends before its "
                + "list of files (the upload may have been cut short); nothing was imported");
    }

    @Test
    void aZipWithADamagedEntryNameIsRefusedNotReadWithoutTheEntry() {
        byte[] zip = TestBundle.minimal().zip();
        int supervisions = localHeaderOf(zip, "supervisions.csv");
        zip[supervisions + 30 + "supervisions.csv".length() - 1] = '_';

        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class, () -> Bundles.readZip("bundle.zip", zip));

        assertThat(refused).as("the zip with supervisions.cs_ in the entry and supervisions.csv in its list is refused").isNotNull();
        assertThat(refused.problems()).singleElement().hasToString("bundle.zip:0: -: not a readable .zip file: its list of "
                + "files does not match the files it holds; nothing was imported");
    }

    @Test
    void aZipWithADamagedEntryNameAndADamagedListIsRefused() {
        byte[] zip = TestBundle.minimal().zip();
        int supervisions = localHeaderOf(zip, "supervisions.csv");
        zip[supervisions + 30 + "supervisions.csv".length() - 1] = '_';
        int listed = indexOf(zip, "PK\u0001\u0002");
        zip[listed + 3] = 9;

        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class, () -> Bundles.readZip("bundle.zip", zip));

        assertThat(refused).as("the zip with supervisions.cs_ in the entry and a list that cannot be read is refused").isNotNull();
    }

    @Test
    void aZipCutAnywhereIsRefusedWithAReason() {
        byte[] zip = TestBundle.minimal().zip();
        for (int length = 0; length < zip.length; length++) {
            int cutTo = length;
            byte[] cut = Arrays.copyOf(zip, length);
            InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class, () -> Bundles.readZip("cut.zip", cut));
            assertThat(refused).as("the zip cut to %d of %d bytes is refused", length, zip.length).isNotNull();
            assertThat(refused.problems()).allSatisfy(problem ->
                    assertThat(problem.message()).as("cut to %d bytes", cutTo).doesNotContain("null"));
        }
    }

    /** Where the local header of the entry {@code name} starts. */
    private static int localHeaderOf(byte[] zip, String name) {
        byte[] header = ("PK\u0003\u0004").getBytes(StandardCharsets.ISO_8859_1);
        for (int at = indexOf(zip, "PK\u0003\u0004"); at >= 0; at = indexOf(zip, header, at + 1)) {
            int nameLength = (zip[at + 26] & 0xFF) | (zip[at + 27] & 0xFF) << 8;
            if (new String(zip, at + 30, nameLength, StandardCharsets.UTF_8).equals(name)) {
                return at;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static int indexOf(byte[] bytes, String text) {
        return indexOf(bytes, text.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    private static int indexOf(byte[] bytes, byte[] target, int from) {
        for (int at = from; at <= bytes.length - target.length; at++) {
            if (Arrays.equals(bytes, at, at + target.length, target, 0, target.length)) {
                return at;
            }
        }
        return -1;
    }
}
