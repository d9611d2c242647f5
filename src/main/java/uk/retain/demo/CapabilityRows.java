package uk.retain.demo;

import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.agency.AgencyRateCapsFile;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.ProgrammeReviewsFile;
import uk.retain.development.ProgrammesFile;
import uk.retain.development.QualificationsFile;
import uk.retain.exits.LeavingInterviewsFile;
import uk.retain.exits.SurveyResponsesFile;
import uk.retain.recruitment.ApplicationsFile;
import uk.retain.recruitment.VacanciesFile;
import uk.retain.workforce.Register;

/**
 * The capability files of the demo (programmes and their reviews, development, qualifications, vacancies and
 * applications, agency engagements and rate caps, leaving interviews, staff surveys), written from the simulated
 * register once the simulation has run, so that each tells the same story as the rows it stands on. Each file has
 * its own seeded random source, so that a change to one never shifts another.
 */
final class CapabilityRows {

    private CapabilityRows() {
    }

    static Register add(Register register, CouncilSize size, TeamStrain strain, Chance chance) {
        DemoFacts facts = new DemoFacts(register, size.historyStart(), size.historyEnd(), strain);
        Chance programmesChance = chance.split();
        Chance learningChance = chance.split();
        Chance recruitmentChance = chance.split();
        Chance agencyChance = chance.split();
        Chance leavingChance = chance.split();
        Chance surveyChance = chance.split();
        Programmes programmes = new Programmes(facts, programmesChance).write();
        Learning learning = new Learning(facts, learningChance).write();
        Recruitment recruitment = new Recruitment(facts, recruitmentChance).write();
        AgencyWork agency = new AgencyWork(facts, agencyChance).write();
        LeavingInterviews leaving = new LeavingInterviews(facts, leavingChance).write();
        StaffSurveys surveys = new StaffSurveys(facts, learning.activities, surveyChance).write();
        return register
                .withRows(ProgrammesFile.class, programmes.programmes)
                .withRows(ProgrammeReviewsFile.class, programmes.reviews)
                .withRows(DevelopmentFile.class, learning.activities)
                .withRows(QualificationsFile.class, learning.qualifications)
                .withRows(VacanciesFile.class, recruitment.vacancies)
                .withRows(ApplicationsFile.class, recruitment.applications)
                .withRows(AgencyEngagementsFile.class, agency.engagements)
                .withRows(AgencyRateCapsFile.class, agency.caps)
                .withRows(LeavingInterviewsFile.class, leaving.interviews)
                .withRows(SurveyResponsesFile.class, surveys.responses)
                .withRows(uk.retain.development.RetentionPaymentsFile.class, RetentionPaymentsDemo.of(register, size.historyEnd()));
    }
}
