package uk.retain.benchmarking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ofsted's latest ILACS judgement of each council at 31 March 2025, by DfE 3-digit code. Ofsted's file is keyed by
 * E-codes, some from before the councils' codes changed, so the codes are turned into 3-digit ones through Data to
 * Insight's lookup and, failing that, DfE's indicator file. Provenance in {@code benchmarking/SOURCES.md}.
 */
public final class OfstedJudgements {

    public static final String JUDGEMENTS = "/benchmarking/ofsted-ilacs-latest-judgements-at-2025-03-31.csv";
    public static final String LOOKUP = "/benchmarking/la-lookup_codes-regions-statneighbours_d2i-ilacs-scrape.csv";
    /** The day Ofsted's file stands at. */
    public static final LocalDate AS_AT = LocalDate.of(2025, 3, 31);

    private static final DateTimeFormatter OFSTED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A council's latest judgement: overall effectiveness, and when the inspection was and was published. */
    public record Judgement(String laCode, OfstedGrade overall, LocalDate inspected, LocalDate published) {
    }

    private final Map<String, Judgement> byLaCode = new HashMap<>();

    OfstedJudgements(List<Map<String, String>> judgements, Map<String, String> laCodeByECode) {
        for (Map<String, String> row : judgements) {
            String laCode = laCodeByECode.get(row.get("Local authority area code"));
            Optional<OfstedGrade> grade = OfstedGrade.ofLabel(row.get("Overall effectiveness"));
            if (laCode == null || grade.isEmpty()) {
                continue; // a council that no longer exists, or one not yet inspected under ILACS
            }
            byLaCode.put(laCode, new Judgement(laCode, grade.get(), date(row.get("Inspection date")),
                    date(row.get("Publication date"))));
        }
    }

    public static OfstedJudgements fromClasspath() {
        return Shipped.JUDGEMENTS;
    }

    /** The council's latest judgement, by its 3-digit code; empty when Ofsted's file has none. */
    public Optional<Judgement> of(String laCode) {
        return Optional.ofNullable(byLaCode.get(laCode));
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isEmpty() ? null : LocalDate.parse(text, OFSTED_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** E-code to 3-digit code: the lookup's pairs, then those of every council row DfE published. */
    static Map<String, String> codes(List<Map<String, String>> lookup, PublishedIndicators dfe) {
        Map<String, String> codes = new HashMap<>();
        for (PublishedRow row : dfe.rows()) {
            if (row.isCouncil() && !row.isJoint()) {
                codes.put(row.newLaCode(), row.oldLaCode());
            }
        }
        for (Map<String, String> row : lookup) {
            String eCode = row.get("la_code_new");
            String laCode = row.get("la_code");
            if (eCode != null && !eCode.isEmpty() && laCode != null && !laCode.isEmpty()) {
                codes.putIfAbsent(eCode, laCode);
                String ltla = row.get("ltla23cd");
                if (ltla != null && !ltla.isEmpty()) {
                    codes.putIfAbsent(ltla, laCode);
                }
            }
        }
        return codes;
    }

    private static final class Shipped {
        static final OfstedJudgements JUDGEMENTS = new OfstedJudgements(ShippedCsv.read(OfstedJudgements.JUDGEMENTS),
                codes(ShippedCsv.read(LOOKUP), PublishedIndicators.fromClasspath()));
    }
}
