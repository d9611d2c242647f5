package uk.retain.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.CensusYear;

/**
 * A census return read back: the liia-tools sample whole, with the 12 records the schema refuses named, and the same
 * workers and values after writing it again; Retain's own export read back to the return it was written from.
 */
class CensusXmlReaderTest {

    private static byte[] sample() throws IOException {
        try (InputStream in = CensusXmlReaderTest.class.getResourceAsStream("/census/dfe-csww-census-sample-return-2022_liia-tools.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSampleIsReadWholeAndItsTwelveSchemaErrorsAreNamedByRecord() throws Exception {
        CensusXmlReader.Read read = CensusXmlReader.read(sample());

        CensusReturn census = read.census();
        assertThat(census.lea()).isEqualTo("301");
        assertThat(census.year()).isEqualTo(CensusYear.of(2022));
        assertThat(census.numberOfVacancies()).isEqualByComparingTo("79.68");
        assertThat(census.noAgencyHeadcount()).isEqualTo(71);
        assertThat(census.workers()).hasSize(30);
        CensusWorker first = census.workers().get(0);
        assertThat(first.sweNumber()).isEqualTo("Oz2054309383");
        assertThat(first.agencyWorker()).isTrue();
        assertThat(first.fte()).isEqualByComparingTo("0.521371");
        assertThat(first.personBirthDate()).isEqualTo(LocalDate.of(1967, 1, 4));
        assertThat(first.reasonAbsence()).containsExactly("TRN");
        assertThat(first.cfkssStatus()).containsExactly(1);
        assertThat(read.unreadable()).isEmpty();
        assertThat(read.schemaErrors()).hasSize(12).allSatisfy(error -> {
            assertThat(error.record()).isPositive();
            assertThat(error.message()).contains("QualLevel").contains("QualInst");
        });
        assertThat(census.workers().get(read.schemaErrors().get(0).record() - 1).qualInst()).isEmpty();
    }

    @Test
    void theSampleRoundTripsToTheSameWorkersAndValues() throws Exception {
        CensusXmlReader.Read read = CensusXmlReader.read(sample());

        CensusXmlReader.Read again = CensusXmlReader.read(CensusXml.write(read.census()));

        assertThat(again.census().workers()).isEqualTo(read.census().workers());
        assertThat(again.census().lea()).isEqualTo("301");
        assertThat(again.census().createdAt()).isEqualTo(read.census().createdAt());
        assertThat(again.census().numberOfVacancies()).isEqualTo(read.census().numberOfVacancies());
        assertThat(again.census().noAgencyFte()).isEqualTo(read.census().noAgencyFte());
        assertThat(again.schemaErrors()).extracting(CensusXmlReader.RecordError::record)
                .isEqualTo(read.schemaErrors().stream().map(CensusXmlReader.RecordError::record).toList());
    }

    @Test
    void retainsOwnReturnIsReadBackToTheReturnItWasWrittenFrom() throws Exception {
        CensusReturn written = CensusReturns.of(DemoCouncil.demo(), CensusYear.of(2025), Instant.parse("2025-10-20T10:00:00Z"));

        CensusXmlReader.Read read = CensusXmlReader.read(CensusXml.write(written));

        assertThat(read.schemaErrors()).isEmpty();
        List<CensusWorker> withoutIds = written.workers().stream().map(w -> new CensusWorker(null, w.agencyWorker(), w.sweNumber(),
                w.fte(), w.personBirthDate(), w.genderCurrent(), w.ethnicity(), w.qualInst(), w.qualLevel(), w.stepUpGrad(), w.orgRole(),
                w.roleStartDate(), w.startOrigin(), w.roleEndDate(), w.leaverDestination(), w.reasonLeave(), w.fte30(), w.cases30(),
                w.workingDaysLost(), w.contractWeeks(), w.frontlineGrad(), w.absentOn30September(), w.reasonAbsence(), w.cfkssStatus()))
                .toList();
        assertThat(read.census().workers()).isEqualTo(withoutIds);
        assertThat(read.census().numberOfVacancies()).isEqualTo(written.numberOfVacancies());
        assertThat(read.census().createdAt()).isEqualTo(written.createdAt());
    }

    @Test
    void valuesThatCannotBeReadAreNamedAndLeftOut() throws Exception {
        String xml = new String(sample(), StandardCharsets.UTF_8).replace("<PersonBirthDate>1967-01-04</PersonBirthDate>",
                "<PersonBirthDate>4 January 1967</PersonBirthDate>");

        CensusXmlReader.Read read = CensusXmlReader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(read.census().workers().get(0).personBirthDate()).isNull();
        assertThat(read.unreadable()).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo(1);
            assertThat(error.message()).contains("PersonBirthDate", "4 January 1967");
        });
        assertThat(read.census().workers().get(0).fte()).isEqualTo(new BigDecimal("0.521371"));
    }

    @Test
    void aDocumentThatIsNotXmlIsRefused() {
        assertThatThrownBy(() -> CensusXmlReader.read("<Message><Header>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidReturnException.class).hasMessageContaining("not well-formed");
    }
}
