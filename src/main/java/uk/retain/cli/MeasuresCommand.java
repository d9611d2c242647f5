package uk.retain.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.Register;

/** Prints the measures of a bundle as one JSON object, reading the bundle directly. */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = "Print the DfE workforce measures of a bundle on a reference date as one JSON object.")
final class MeasuresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the reference date, e.g. 2025-09-30")
    LocalDate date;

    @Option(names = "--by", paramLabel = "team", description = "group by: team")
    Grouping by;

    enum Grouping { team }

    @Override
    public Integer call() {
        return BundleJson.print(spec, bundle, this::measuresOf);
    }

    /** The measures as JSON values, by team or for the authority. */
    private Object measuresOf(Register register) {
        RegisterMeasures measures = RegisterMeasures.of(register);
        return by == Grouping.team ? measures.byTeam(date) : measures.forAuthority(date);
    }

}
