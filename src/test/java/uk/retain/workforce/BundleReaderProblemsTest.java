package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the bundle reader reports for a small valid bundle and for broken copies of it, problem by problem, as
 * bundle-problems.txt records it. The record was made with the reader as it stood before it was made faster
 * (commit f899642), so this test holds the faster reader to exactly the same reports; since then two intended
 * changes are recorded in it: problems follow the format's file order (employments before posts), and an
 * unterminated quote is a CSV error rather than a short row.
 */
class BundleReaderProblemsTest {

    @TempDir
    Path folder;

    private static final Map<String, String> VALID = new LinkedHashMap<>();
    static {
        VALID.put("authority.csv", "la_code,name,region_code\r\n999,Testshire,E12000006\r\n");
        VALID.put("teams.csv", "team_id,name,service,locality\r\nT1,Child Protection North,child_protection,North\r\nT2,Children in Care,children_in_care,\r\n");
        VALID.put("workers.csv", "worker_id,swe_number,family_name,given_name,qualified_on,date_of_birth,gender,ethnicity,start_origin\r\n"
                + "W1,SW100001,Patel,Priya,2015-07-01,1990-02-03,2,AIND,2\r\n"
                + "W2,SW0100002,Jones,Tom,2010-07-01,,1,WBRI,\r\n"
                + "W3,SW100003,Okafor,Ada,2012-07-01,,,,\r\n");
        VALID.put("posts.csv", "post_id,team_id,job_role,fte,funded_from,funded_to\r\nP1,T1,social_worker,1,2020-04-01,\r\nP2,T2,senior_social_worker,1.0,2020-04-01,\r\n");
        VALID.put("employments.csv", "worker_id,contract,job_role,team_id,fte,start_date,post_id,end_date,end_reason,leaver_destination\r\n"
                + "W1,permanent,social_worker,T1,1,2022-01-01,P1,2022-12-31,,\r\n"
                + "W1,permanent,senior_social_worker,T1,1,2023-01-01,P1,,,\r\n"
                + "W2,permanent,senior_social_worker,T2,0.8,2022-01-01,P2,2023-06-30,1,3\r\n"
                + "W3,agency,senior_social_worker,T2,1,2023-07-01,P2,,,\r\n");
        VALID.put("absences.csv", "worker_id,start_date,end_date,reason,working_days\r\nW1,2023-01-09,2023-01-10,SIC,\r\nW2,2023-02-06,2023-02-10,SIC,4\r\n");
        VALID.put("cases.csv", "case_id,child_id,category,opened_on,family_id,court_proceedings,closed_on\r\n"
                + "K1,C1,child_protection,2022-02-01,F1,true,\r\n"
                + "K2,C2,child_in_care,2022-03-01,F1,false,2023-12-31\r\n");
        VALID.put("allocations.csv", "case_id,worker_id,role,start_date,end_date,change_reason\r\n"
                + "K1,W1,primary,2022-02-01,,\r\n"
                + "K2,W2,primary,2022-03-01,2023-06-30,worker_left\r\n"
                + "K2,W3,primary,2023-07-01,2023-12-31,case_closed\r\n"
                + "K1,W3,co_worker,2023-07-01,,\r\n");
        VALID.put("supervisions.csv", "worker_id,supervisor_id,date,kind,minutes\r\nW1,W2,2022-05-03,one_to_one,60\r\nW3,W1,2023-08-01,group,90\r\n");
    }

    /** Name of the case, and the changes: file name to new content (null deletes the file). */
    static Map<String, Map<String, String>> cases() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        m.put("valid", Map.of());
        m.put("unknown and missing columns", Map.of("teams.csv", VALID.get("teams.csv").replace("service,locality", "servce,locality")));
        m.put("duplicate and unnamed column", Map.of("posts.csv", VALID.get("posts.csv").replace("funded_to\r\n", "fte,\r\n")));
        m.put("not valid CSV after bad rows", Map.of("allocations.csv", VALID.get("allocations.csv").replace("K1,W1,primary", "K1,W1,prime").replace("K1,W3,co_worker", "K1,\"W3\"x,co_worker")));
        m.put("unclosed quote", Map.of("supervisions.csv", VALID.get("supervisions.csv").replace("W3,W1", "W3,\"W1")));
        m.put("field counts", Map.of("absences.csv", VALID.get("absences.csv").replace("SIC,\r\n", "SIC,,extra\r\n").replace("SIC,4", "SIC")));
        m.put("empty and bom-only files", Map.of("absences.csv", "", "supervisions.csv", "\uFEFF"));
        m.put("bom and blank lines and spaces", Map.of("teams.csv", "\uFEFF" + VALID.get("teams.csv").replace("\r\nT2", "\r\n\r\n T2 "), "cases.csv", VALID.get("cases.csv").replace("\r\n", "\n")));
        m.put("authority missing row", Map.of("authority.csv", "la_code,name,region_code\r\n"));
        m.put("authority two rows and bad cells", Map.of("authority.csv", "la_code,name,region_code\r\n9999,,E1\r\n998,Other,\r\n"));
        m.put("bad cells everywhere", Map.of(
                "workers.csv", VALID.get("workers.csv").replace("SW100001", "sw1").replace("AIND", "XX").replace(",1,WBRI", ",3,WBRI").replace("2010-07-01", "2010-7-1"),
                "employments.csv", VALID.get("employments.csv").replace("0.8", "0,8").replace("W3,agency,senior_social_worker,T2,1", "W3,locum,senior_social_worker,T2,1.5").replace(",1,3\r\n", ",11,0\r\n"),
                "cases.csv", VALID.get("cases.csv").replace("true", "yes").replace("child_in_care", "looked_after"),
                "supervisions.csv", VALID.get("supervisions.csv").replace(",60", ",0").replace(",90", ",1.5"),
                "absences.csv", VALID.get("absences.csv").replace("SIC,4", "SIC,-4").replace("2023-01-10", "2023-01-01")));
        m.put("duplicate identifiers", Map.of(
                "cases.csv", VALID.get("cases.csv") + "K1,C1,other,2022-02-01,,,\r\n",
                "workers.csv", VALID.get("workers.csv") + "W1,SW100002,Smith,Sam,,,,,\r\n",
                "teams.csv", VALID.get("teams.csv") + "T1,Again,other,\r\n"));
        m.put("identifier too long", Map.of("teams.csv", VALID.get("teams.csv").replace("T2,", "T" + "2".repeat(64) + ",")));
        m.put("unknown references", Map.of(
                "allocations.csv", VALID.get("allocations.csv") + "K9,W9,primary,2022-02-01,,\r\n",
                "supervisions.csv", VALID.get("supervisions.csv") + "W9,W8,2023-01-01,reflective,60\r\n",
                "employments.csv", VALID.get("employments.csv") + "W9,permanent,social_worker,T9,1,2022-01-01,P9,,,\r\n",
                "absences.csv", VALID.get("absences.csv") + "W9,2023-01-01,2023-01-02,OTH,\r\n"));
        m.put("rules across rows", Map.of(
                "employments.csv", VALID.get("employments.csv").replace("P1,2022-12-31,,", "P1,2022-12-31,1,").replace(",P2,2023-06-30,1,3", ",P2,2023-06-30,,3")
                        + "W2,fixed_term,social_worker,T1,0.5,2022-06-01,P1,2022-07-31,,\r\n"
                        + "W3,agency,social_worker,T1,1,2023-01-01,,2023-06-01,8,\r\n",
                "allocations.csv", VALID.get("allocations.csv")
                        + "K1,W2,primary,2022-03-01,2022-04-01,other\r\n"
                        + "K2,W3,primary,2021-01-01,2021-02-01,\r\n"
                        + "K2,W1,primary,2023-12-31,,\r\n"
                        + "K1,W2,co_worker,2023-07-01,2023-08-01,\r\n"));
        m.put("unknown file and missing required file", new HashMap<>(Map.of("allocation.csv", VALID.get("allocations.csv"), "Teams.csv", VALID.get("teams.csv"))));
        m.get("unknown file and missing required file").put("allocations.csv", null);
        m.get("unknown file and missing required file").put("workers.csv", null);
        m.put("allocations without cases, post ids without posts", new HashMap<>());
        m.get("allocations without cases, post ids without posts").put("cases.csv", null);
        m.get("allocations without cases, post ids without posts").put("posts.csv", null);
        m.put("CSV error late in cases hides its identifiers", Map.of("cases.csv", VALID.get("cases.csv").replace("K2,C2,child_in_care", "K2,\"C2\"!,child_in_care")));
        m.put("bad header in workers hides its identifiers", Map.of("workers.csv", VALID.get("workers.csv").replace("given_name", "first_name")));
        m.put("not UTF-8", Map.of("teams.csv", LATIN_1 + "team_id,name,service,locality\r\nT1,Caf\u00e9,child_protection,North\r\nT2,X,children_in_care,\r\n"));
        return m;
    }

    static Stream<String> names() {
        return cases().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void reportsWhatItAlwaysReported(String name) throws Exception {
        write(cases().get(name));

        String report;
        try {
            Register register = Bundles.read(folder);
            report = "valid: " + register.workers().size() + " workers, " + register.allocations().size() + " allocations";
        } catch (InvalidBundleException e) {
            report = e.report();
        }

        assertThat(report.lines()).containsExactlyElementsOf(recorded().get(name).lines().toList());
    }

    /** The valid bundle with the case's changes: a file's new text, or null to leave the file out. */
    private void write(Map<String, String> changes) throws IOException {
        for (Map.Entry<String, String> file : VALID.entrySet()) {
            if (!changes.containsKey(file.getKey())) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (change.getValue() != null) {
                // Latin-1 when the case is about text that is not UTF-8.
                boolean latin1 = change.getValue().startsWith(LATIN_1);
                String text = latin1 ? change.getValue().substring(LATIN_1.length()) : change.getValue();
                Files.write(folder.resolve(change.getKey()),
                        text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            }
        }
    }

    private static final String LATIN_1 = "latin-1:";

    /** The reports in bundle-problems.txt, by case: each after a line "### name". */
    private static Map<String, String> recorded() throws IOException {
        Map<String, String> reports = new LinkedHashMap<>();
        try (InputStream in = BundleReaderProblemsTest.class.getResourceAsStream("bundle-problems.txt")) {
            String name = null;
            StringBuilder report = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.startsWith("### ")) {
                    if (name != null) {
                        reports.put(name, report.toString());
                    }
                    name = line.substring(4);
                    report.setLength(0);
                } else {
                    report.append(line).append('\n');
                }
            }
            reports.put(name, report.toString());
        }
        return reports;
    }
}
