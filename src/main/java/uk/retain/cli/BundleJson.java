package uk.retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.Model.CommandSpec;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;

/**
 * What the commands that read a bundle directly share: the bundle read and checked, then one JSON object on standard
 * output; or every problem on standard error as {@code file:line: column: message}, nothing on standard output, and
 * exit code 2.
 */
final class BundleJson {

    private BundleJson() {
    }

    static int print(CommandSpec spec, Path bundle, Function<Register, Object> json) {
        Json.warmUpInBackground();
        Object value;
        try {
            value = Bundles.read(bundle, json);
        } catch (InvalidBundleException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.report());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(value));
        out.flush();
        return 0;
    }
}
