package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.retain.workforce.bundle.RegisterFile;

/** Each register file's descriptor agrees with itself: what it writes is what its columns say, and reads back. */
class RegisterFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(BundleFile.class)
    void theWrittenColumnsAreTheRequiredThenTheOptionalOnes(BundleFile file) {
        RegisterFile<?> descriptor = file.descriptor();
        List<String> expected = new ArrayList<>(descriptor.requiredColumns());
        expected.addAll(descriptor.optionalColumns());

        assertThat(descriptor.writtenColumns()).isEqualTo(expected);
        assertThat(descriptor.columnNames()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(descriptor.keyColumns()).isNotEmpty().allSatisfy(key -> assertThat(descriptor.hasColumn(key)).isTrue());
    }

    @ParameterizedTest
    @EnumSource(BundleFile.class)
    void everyRowIsWrittenAsOneCellPerColumn(BundleFile file) throws Exception {
        Register register = TestBundle.minimal().read(dir);

        List<String[]> rows = BundleWriter.cellsOf(register, file);

        assertThat(rows).isNotEmpty().allSatisfy(cells -> assertThat(cells).hasSize(file.descriptor().writtenColumns().size()));
    }
}
