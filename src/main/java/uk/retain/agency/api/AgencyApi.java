package uk.retain.agency.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagements;
import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.agency.RecordedEngagement;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/** The agency JSON API's downloads: the engagements recorded in Retain, for the HR system to catch up. */
@RestController
class AgencyApi {

    private final Registers registers;
    private final AgencyEngagements engagements;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyApi(Registers registers, AgencyEngagements engagements, Viewers viewers, ApplicationEventPublisher events, Clock clock) {
        this.registers = registers;
        this.engagements = engagements;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The engagements recorded in Retain on or after a day (from its start in England), as an agency_engagements.csv of
     * the bundle format, for the HR system to catch up. For HR, who keep that system, and administrators, who exchange
     * the bundles.
     */
    @GetMapping(path = "/api/v1/authorities/{laCode}/agency_engagements.csv")
    ResponseEntity<?> recordedInRetain(@PathVariable String laCode,
            @RequestParam(name = "recorded_in_retain_since") LocalDate since) {
        Viewer viewer = viewers.require();
        if (viewer.role() != Role.HR && viewer.role() != Role.ADMINISTRATOR) {
            return ApiProblems.forbidden("Agency engagements recorded in Retain are downloaded by HR and administrators.");
        }
        if (!laCode.equals(viewer.laCode()) || registers.find(laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        Register register = registers.find(laCode).get().register();
        List<AgencyEngagement> recorded = engagements.recordedSince(laCode, since.atStartOfDay(clock.getZone()).toInstant())
                .stream().map(RecordedEngagement::engagement).toList();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            BundleWriter.write(register.withRows(AgencyEngagementsFile.class, recorded), new AgencyEngagementsFile(), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "agency_engagements", AgencyEngagementsFile.NAME,
                "recorded in Retain since " + since + ": " + recorded.size() + " row(s)"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AgencyEngagementsFile.NAME).build().toString())
                .body(csv.toByteArray());
    }
}
