package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;

/** The benchmark council: about 3,000 social workers and 60,000 cases over three years, still a valid bundle. */
class BenchCouncilTest {

    @Test
    @Timeout(60)
    void isAboutThreeThousandWorkersAndSixtyThousandCasesAndValid(@TempDir Path folder) throws Exception {
        Register bench = DemoCouncil.bench();

        assertThat(bench.workers()).hasSizeBetween(2_500, 3_500);
        assertThat(bench.cases()).hasSizeBetween(50_000, 70_000);
        assertThat(bench.cases().stream().map(item -> item.openedOn()).filter(day -> !day.isBefore(LocalDate.of(2022, 10, 1))))
                .hasSizeGreaterThan(40_000);

        BundleWriter.writeFolder(bench, folder);
        assertThat(Bundles.read(folder)).isEqualTo(bench);
    }
}
