package uk.retain.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.BundleLimits;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;
import uk.retain.workforce.TestBundle;

/** A bundle with a great many bad rows lists the first problems of each column and counts the rest, still refused whole. */
class ProblemLimitsTest {

    @TempDir
    Path dir;

    private static TestBundle badCases(int rows) {
        TestBundle bundle = TestBundle.minimal();
        String[] lines = new String[rows];
        for (int i = 0; i < rows; i++) {
            lines[i] = "K" + i + ",X" + i + ",,childcare,maybe,2024-01-01,";
        }
        return bundle.row("cases.csv", lines);
    }

    @Test
    void theFirstHundredOfEachColumnAreListedAndTheRestCounted() {
        List<Problem> problems = badCases(250).problems(dir);

        assertThat(problems.stream().filter(p -> p.column().equals("category"))).hasSize(100);
        assertThat(problems.stream().filter(p -> p.column().equals("court_proceedings"))).hasSize(100);
        assertThat(problems).last().satisfies(more -> {
            assertThat(more.file()).isEqualTo("cases.csv");
            assertThat(more.column()).isEqualTo("-");
            assertThat(more.line()).isEqualTo(252);
            assertThat(more.message()).isEqualTo("and 300 more in cases.csv (only the first 100 problems of each column are listed)");
        });
        assertThat(problems).hasSize(201);
    }

    @Test
    void theLimitIsASetting() throws Exception {
        byte[] zip = badCases(30).zip();

        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class,
                () -> Bundles.readZip("cases.zip", zip, BundleLimits.DEFAULT.withProblemsPerColumn(10)));

        assertThat(refused.problems()).hasSize(21);
        assertThat(refused.problems()).last().satisfies(more -> assertThat(more.message()).startsWith("and 40 more in cases.csv"));
    }

    @Test
    void underTheLimitEveryProblemIsListed() {
        assertThat(badCases(5).problems(dir)).hasSize(10).noneMatch(p -> p.message().contains("more in"));
    }
}
