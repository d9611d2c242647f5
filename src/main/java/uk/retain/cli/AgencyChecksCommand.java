package uk.retain.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.agency.AgencyCheck;
import uk.retain.agency.AgencyChecks;
import uk.retain.workforce.Register;

/** Prints the DfE agency checks of each engagement of a bundle as one JSON object, reading the bundle directly. */
@Command(name = "agency-checks", mixinStandardHelpOptions = true,
        description = "Print the DfE agency rules' checks of each engagement of a bundle's agency_engagements.csv as one JSON object.")
final class AgencyChecksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Override
    public Integer call() {
        return BundleJson.print(spec, bundle, AgencyChecksCommand::checksOf);
    }

    /** {@code {"engagements": [...]}}, in the file's order; empty when the bundle has no agency_engagements.csv. */
    private static Map<String, Object> checksOf(Register register) {
        List<Object> engagements = new ArrayList<>();
        for (AgencyChecks.Checked checked : AgencyChecks.all(register)) {
            Map<String, Object> engagement = new LinkedHashMap<>();
            engagement.put("engagement_id", checked.engagement().engagementId());
            engagement.put("checked", checked.checked());
            engagement.put("failed", checked.failed().stream().map(AgencyCheck::code).sorted().toList());
            engagement.put("approved", checked.engagement().approved());
            engagements.add(engagement);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("engagements", engagements);
        return json;
    }
}
