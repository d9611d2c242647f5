package uk.retain.census;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.retain.workforce.CensusYear;

/**
 * Reads a census XML return back (last year's, or another system's) so a council can start from it. Every record
 * is read whatever the schema says of it, and each record the schema refuses is named with the schema's errors,
 * so nothing is dropped silently: the sample return of liia-tools, which breaks the schema in 12 records (a
 * {@code QualLevel} without a {@code QualInst}), is read whole and its 12 problems reported.
 */
public final class CensusXmlReader {

    private CensusXmlReader() {
    }

    /**
     * What was read: the return, the schema's errors (each with the record it falls in, from 1; 0 outside any), and
     * the values that could not be read at all (a date that is not one), which are left out of the record; and the
     * line each record starts on, in the return's order, so a problem about a record can name its line.
     */
    public record Read(CensusReturn census, List<RecordError> schemaErrors, List<RecordError> unreadable, List<Integer> recordLines) {

        public Read {
            recordLines = List.copyOf(recordLines);
        }
    }

    /** A problem in the XML, at a line, in the record {@code record} (0 when outside any record). */
    public record RecordError(int record, int line, String message) {
        @Override
        public String toString() {
            return "line " + line + (record > 0 ? " (record " + record + ")" : "") + ": " + message;
        }
    }

    /** Reads the XML; a document that is not well-formed XML at all is refused with why. */
    public static Read read(byte[] xml) throws InvalidReturnException {
        List<CensusXml.SchemaError> schema = CensusXml.validate(xml);
        List<int[]> recordLines = new ArrayList<>();
        List<RecordError> unreadable = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        Map<String, String> vacancies = new HashMap<>();
        List<CensusWorker> workers = new ArrayList<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader in = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            String section = null;
            Fields fields = null;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = in.getLocalName();
                    switch (name) {
                        case "Header", "LALevelVacancies" -> section = name;
                        case "CSWWWorker" -> {
                            section = name;
                            fields = new Fields(workers.size() + 1, in.getLocation().getLineNumber());
                        }
                        case "Message", "CollectionDetails", "Source" -> {
                        }
                        default -> {
                            int line = in.getLocation().getLineNumber();
                            String text = in.getElementText().strip();
                            if ("CSWWWorker".equals(section) && fields != null) {
                                fields.add(name, text, line);
                            } else if ("LALevelVacancies".equals(section)) {
                                vacancies.put(name, text);
                            } else {
                                header.put(name, text);
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("CSWWWorker") && fields != null) {
                    workers.add(fields.worker(unreadable));
                    recordLines.add(new int[] {fields.firstLine, in.getLocation().getLineNumber()});
                    fields = null;
                    section = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidReturnException("the census return is not well-formed XML: " + e.getMessage(),
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber()));
        }
        CensusYear year = null;
        String reference = header.get("ReferenceDate");
        try {
            year = reference == null ? null : CensusYear.of(LocalDate.parse(reference).getYear());
            if (year != null && !year.referenceDate().equals(LocalDate.parse(reference))) {
                unreadable.add(new RecordError(0, 0, "ReferenceDate " + reference + " is not a 30 September"));
                year = null;
            }
        } catch (DateTimeParseException e) {
            unreadable.add(new RecordError(0, 0, "ReferenceDate '" + reference + "' is not a date"));
        }
        List<RecordError> schemaErrors = new ArrayList<>();
        for (CensusXml.SchemaError error : schema) {
            int record = 0;
            for (int i = 0; i < recordLines.size(); i++) {
                if (error.line() >= recordLines.get(i)[0] && error.line() <= recordLines.get(i)[1]) {
                    record = i + 1;
                }
            }
            schemaErrors.add(new RecordError(record, error.line(), error.message()));
        }
        CensusReturn census = new CensusReturn(year, header.get("LEA"), header.get("SoftwareCode"), instant(header.get("DateTime")),
                decimal(vacancies.get("NumberOfVacancies")), decimal(vacancies.get("NoAgencyFTE")),
                vacancies.get("NoAgencyHeadcount") == null ? 0 : Integer.parseInt(vacancies.get("NoAgencyHeadcount")), workers, null);
        return new Read(census, schemaErrors, unreadable, recordLines.stream().map(lines -> lines[0]).toList());
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A record's elements as read, repeated ones in order. */
    private static final class Fields {
        final int record;
        final int firstLine;
        final Map<String, List<String>> values = new HashMap<>();
        final Map<String, Integer> lines = new HashMap<>();

        Fields(int record, int firstLine) {
            this.record = record;
            this.firstLine = firstLine;
        }

        void add(String name, String text, int line) {
            values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(text);
            lines.putIfAbsent(name, line);
        }

        CensusWorker worker(List<RecordError> unreadable) {
            return new CensusWorker(null, "1".equals(one("AgencyWorker")), one("SWENo"), decimal("FTE", unreadable),
                    date("PersonBirthDate", unreadable), number("GenderCurrent", unreadable), one("Ethnicity"), all("QualInst"),
                    number("QualLevel", unreadable), number("StepUpGrad", unreadable), number("OrgRole", unreadable),
                    date("RoleStartDate", unreadable), number("StartOrigin", unreadable), date("RoleEndDate", unreadable),
                    number("LeaverDestination", unreadable), number("ReasonLeave", unreadable), decimal("FTE30", unreadable),
                    number("Cases30", unreadable), decimal("WorkingDaysLost", unreadable),
                    all("ContractWeeks").stream().map(CensusXmlReader::decimal).filter(java.util.Objects::nonNull).toList(),
                    number("FrontlineGrad", unreadable),
                    all("Absat30Sept").stream().map(CensusXmlReader::integer).filter(java.util.Objects::nonNull).toList(),
                    all("ReasonAbsence"),
                    all("CFKSSstatus").stream().map(CensusXmlReader::integer).filter(java.util.Objects::nonNull).toList());
        }

        private String one(String name) {
            List<String> all = values.get(name);
            return all == null ? null : all.get(0);
        }

        private List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }

        private LocalDate date(String name, List<RecordError> unreadable) {
            String text = one(name);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                unreadable.add(new RecordError(record, lines.get(name), name + " '" + text + "' is not a date; left out"));
                return null;
            }
        }

        private Integer number(String name, List<RecordError> unreadable) {
            String text = one(name);
            Integer value = integer(text);
            if (text != null && value == null) {
                unreadable.add(new RecordError(record, lines.get(name), name + " '" + text + "' is not a whole number; left out"));
            }
            return value;
        }

        private BigDecimal decimal(String name, List<RecordError> unreadable) {
            String text = one(name);
            BigDecimal value = CensusXmlReader.decimal(text);
            if (text != null && value == null) {
                unreadable.add(new RecordError(record, lines.get(name), name + " '" + text + "' is not a number; left out"));
            }
            return value;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
