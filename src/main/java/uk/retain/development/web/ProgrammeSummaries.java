package uk.retain.development.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The programme summary a worker's page includes ({@code development/summary :: summary}), asked for by the page
 * itself so that the worker page's controller needs no knowledge of programmes. It decides the viewer's scope
 * again: a senior leader, who may open a worker's page, sees no programme on it.
 */
@Component("programmeSummaries")
public class ProgrammeSummaries {

    private final Registers registers;
    private final ProgrammeViews views;
    private final Viewers viewers;

    ProgrammeSummaries(Registers registers, ProgrammeViews views, Viewers viewers) {
        this.registers = registers;
        this.views = views;
        this.viewers = viewers;
    }

    /** The worker's programme on the day in words, or null when they have none or the viewer may not see it. */
    public ProgrammeViews.Summary of(String workerId, LocalDate day) {
        Viewer viewer = viewers.current().orElse(null);
        if (viewer == null || viewer.laCode() == null || workerId == null || day == null) {
            return null;
        }
        Register register = registers.find(viewer.laCode()).map(Registers.StoredRegister::register).orElse(null);
        if (register == null || !ProgrammeViews.seesProgrammeOf(viewer, register.authority().laCode(), workerId,
                ProgrammeViews.teamsOn(register, workerId, day))) {
            return null;
        }
        return views.summary(register, workerId, day);
    }
}
