package uk.retain.census;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The return as CSWW XML: written with a StAX writer in the schema's element order, and validated against the 2022
 * schema (the only public one) by the JDK's schema validator before anyone is given it.
 */
public final class CensusXml {

    private static final String SCHEMA = "/census/dfe-csww-census-schema-2022_liia-tools.xsd";
    private static final Schema COMPILED = compile();

    private CensusXml() {
    }

    /** A schema error: where in the XML, and the validator's own words. */
    public record SchemaError(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    /** Compiles the schema now (it is compiled once per JVM), so that a command can do it alongside other work. */
    public static void prepare() {
        COMPILED.newValidator();
    }

    /** The return written as XML, UTF-8. */
    public static byte[] write(CensusReturn census) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024 + census.workers().size() * 700);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            Writer out = new Writer(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            out.open("Message");
            out.open("Header");
            out.open("CollectionDetails");
            out.element("Collection", "CSWW");
            // A return read from XML may lack these (CensusXmlReader); the schema says what is missing.
            out.element("Year", census.year() == null ? null : Integer.toString(census.year().year()));
            out.element("ReferenceDate", census.year() == null ? null : census.year().referenceDate());
            out.close();
            out.open("Source");
            out.element("SourceLevel", "L");
            out.element("LEA", census.lea());
            out.element("SoftwareCode", census.softwareCode());
            out.element("DateTime", census.createdAt() == null ? null
                    : DateTimeFormatter.ISO_INSTANT.format(census.createdAt().truncatedTo(ChronoUnit.SECONDS)));
            out.close();
            out.close();
            out.open("LALevelVacancies");
            out.element("NumberOfVacancies", census.numberOfVacancies());
            out.element("NoAgencyFTE", census.noAgencyFte());
            out.element("NoAgencyHeadcount", census.noAgencyHeadcount());
            out.close();
            for (CensusWorker worker : census.workers()) {
                worker(out, worker);
            }
            out.close();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the census return could not be written: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void worker(Writer out, CensusWorker w) throws XMLStreamException {
        out.open("CSWWWorker");
        out.element("AgencyWorker", w.agencyWorker() ? "1" : "0");
        out.element("SWENo", w.sweNumber());
        out.element("FTE", w.fte());
        out.element("PersonBirthDate", w.personBirthDate());
        out.element("GenderCurrent", w.genderCurrent());
        out.element("Ethnicity", w.ethnicity());
        for (String institution : w.qualInst()) {
            out.element("QualInst", institution);
        }
        out.element("QualLevel", w.qualLevel());
        out.element("StepUpGrad", w.stepUpGrad());
        out.element("OrgRole", w.orgRole());
        out.element("RoleStartDate", w.roleStartDate());
        out.element("StartOrigin", w.startOrigin());
        out.element("RoleEndDate", w.roleEndDate());
        out.element("LeaverDestination", w.leaverDestination());
        out.element("ReasonLeave", w.reasonLeave());
        out.element("FTE30", w.fte30());
        out.element("Cases30", w.cases30());
        out.element("WorkingDaysLost", w.workingDaysLost());
        for (BigDecimal weeks : w.contractWeeks()) {
            out.element("ContractWeeks", weeks);
        }
        out.element("FrontlineGrad", w.frontlineGrad());
        for (Integer absent : w.absentOn30September()) {
            out.element("Absat30Sept", absent);
        }
        for (String reason : w.reasonAbsence()) {
            out.element("ReasonAbsence", reason);
        }
        for (Integer status : w.cfkssStatus()) {
            out.element("CFKSSstatus", status);
        }
        out.close();
    }

    /** Every schema error of the XML, in document order; empty when it validates. */
    public static List<SchemaError> validate(byte[] xml) {
        List<SchemaError> errors = new ArrayList<>();
        Validator validator = COMPILED.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the schema validator refuses the secure settings", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(new SchemaError(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(new SchemaError(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        });
        try (InputStream in = new ByteArrayInputStream(xml)) {
            validator.validate(new StreamSource(in));
        } catch (SAXParseException e) {
            // Not well-formed: already reported through fatalError.
        } catch (SAXException | IOException e) {
            errors.add(new SchemaError(0, 0, e.getMessage()));
        }
        return errors;
    }

    private static Schema compile() {
        URL schema = CensusXml.class.getResource(SCHEMA);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("the census schema cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes indented elements, leaving out the null ones. */
    private static final class Writer {
        private final XMLStreamWriter xml;
        private int depth;

        Writer(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void open(String name) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        void element(String name, Object value) throws XMLStreamException {
            if (value == null) {
                return;
            }
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(text(value));
            xml.writeEndElement();
        }

        private static String text(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            if (value instanceof LocalDate day) {
                return day.toString();
            }
            return value.toString();
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

}
