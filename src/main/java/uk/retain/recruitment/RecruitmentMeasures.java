package uk.retain.recruitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.measures.MeasureSet;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The recruitment measures of measures.md: {@code vacancies_open}, {@code vacancies_open_over_90_days} and
 * {@code time_to_fill_days} from {@code vacancies.csv}; {@code time_to_hire_days}, {@code offers_declined} and
 * {@code applications_by_source} from {@code applications.csv}. Each is null when its file is absent. By team, a
 * vacancy and every application to it count to the vacancy's team.
 */
public final class RecruitmentMeasures implements MeasureSet {

    static final String VACANCIES_OPEN = "vacancies_open";
    static final String VACANCIES_OPEN_OVER_90_DAYS = "vacancies_open_over_90_days";
    static final String TIME_TO_FILL_DAYS = "time_to_fill_days";
    static final String TIME_TO_HIRE_DAYS = "time_to_hire_days";
    static final String OFFERS_DECLINED = "offers_declined";
    static final String APPLICATIONS_BY_SOURCE = "applications_by_source";

    @Override
    public Prepared prepare(Register register) {
        return new PreparedRecruitment(register);
    }

    private static final class PreparedRecruitment implements Prepared {

        private final boolean hasVacancies;
        private final boolean hasApplications;
        private final List<Vacancy> vacancies;
        private final List<Application> applications;
        private final Map<String, String> teamOfVacancy = new HashMap<>();
        private final List<String> teamIds;

        PreparedRecruitment(Register register) {
            this.hasVacancies = register.has(VacanciesFile.class);
            this.hasApplications = register.has(ApplicationsFile.class);
            this.vacancies = register.rows(VacanciesFile.class);
            this.applications = register.rows(ApplicationsFile.class);
            for (Vacancy vacancy : vacancies) {
                teamOfVacancy.put(vacancy.vacancyId(), vacancy.teamId());
            }
            this.teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
        }

        @Override
        public Map<String, Object> forAuthority(LocalDate date) {
            return authority(date).measures(hasVacancies, hasApplications);
        }

        private Tally authority(LocalDate date) {
            Tally authority = new Tally();
            for (Vacancy vacancy : vacancies) {
                authority.count(vacancy, date);
            }
            for (Application application : applications) {
                authority.count(application, date);
            }
            return authority;
        }

        @Override
        public Map<String, Integer> bases(LocalDate date) {
            return authority(date).bases();
        }

        @Override
        public Map<String, Map<String, Integer>> basesByTeam(LocalDate date) {
            Map<String, Map<String, Integer>> bases = new LinkedHashMap<>();
            teams(date).forEach((teamId, tally) -> bases.put(teamId, tally.bases()));
            return bases;
        }

        @Override
        public Map<String, Map<String, Object>> byTeam(LocalDate date) {
            Map<String, Map<String, Object>> byTeam = new LinkedHashMap<>();
            teams(date).forEach((teamId, tally) -> byTeam.put(teamId, tally.measures(hasVacancies, hasApplications)));
            return byTeam;
        }

        private Map<String, Tally> teams(LocalDate date) {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (String teamId : teamIds) {
                tallies.put(teamId, new Tally());
            }
            for (Vacancy vacancy : vacancies) {
                Tally team = tallies.get(vacancy.teamId());
                if (team != null) {
                    team.count(vacancy, date);
                }
            }
            for (Application application : applications) {
                Tally team = tallies.get(teamOfVacancy.get(application.vacancyId()));
                if (team != null) {
                    team.count(application, date);
                }
            }
            return tallies;
        }
    }

    /** What one team (or the authority) counts on one date. */
    private static final class Tally {
        int vacanciesOpen;
        int vacanciesOpenOver90Days;
        final List<Long> daysToFill = new ArrayList<>();
        final List<Long> daysToHire = new ArrayList<>();
        int offersDeclined;
        final Map<Source, int[]> bySource = new EnumMap<>(Source.class);

        void count(Vacancy vacancy, LocalDate date) {
            if (vacancy.openOn(date)) {
                vacanciesOpen++;
                if (vacancy.openedOn().isBefore(date.minusDays(90))) {
                    vacanciesOpenOver90Days++;
                }
            }
            if (vacancy.closedReason() == ClosedReason.FILLED && inYear(vacancy.closedOn(), date)) {
                daysToFill.add(ChronoUnit.DAYS.between(vacancy.openedOn(), vacancy.closedOn()));
            }
        }

        void count(Application application, LocalDate date) {
            if (inYear(application.acceptedOn(), date)) {
                daysToHire.add(ChronoUnit.DAYS.between(application.appliedOn(), application.acceptedOn()));
            }
            if (application.outcome() == ApplicationOutcome.OFFER_DECLINED && inYear(application.offeredOn(), date)) {
                offersDeclined++;
            }
            if (inYear(application.appliedOn(), date)) {
                int[] counts = bySource.computeIfAbsent(application.source(), source -> new int[3]);
                counts[0]++;
                if (onOrBefore(application.offeredOn(), date)) {
                    counts[1]++;
                }
                if (onOrBefore(application.startedOn(), date)) {
                    counts[2]++;
                }
            }
        }

        /** The medians are made from the vacancies filled and the offers accepted in the year. */
        Map<String, Integer> bases() {
            return Map.of(TIME_TO_FILL_DAYS, daysToFill.size(), TIME_TO_HIRE_DAYS, daysToHire.size());
        }

        Map<String, Object> measures(boolean hasVacancies, boolean hasApplications) {
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put(VACANCIES_OPEN, hasVacancies ? vacanciesOpen : null);
            measures.put(VACANCIES_OPEN_OVER_90_DAYS, hasVacancies ? vacanciesOpenOver90Days : null);
            measures.put(TIME_TO_FILL_DAYS, hasVacancies ? median(daysToFill) : null);
            measures.put(TIME_TO_HIRE_DAYS, hasApplications ? median(daysToHire) : null);
            measures.put(OFFERS_DECLINED, hasApplications ? offersDeclined : null);
            measures.put(APPLICATIONS_BY_SOURCE, hasApplications ? applicationsBySource() : null);
            return measures;
        }

        private Map<String, Object> applicationsBySource() {
            Map<String, Object> json = new LinkedHashMap<>();
            bySource.forEach((source, counts) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("applications", counts[0]);
                entry.put("offers", counts[1]);
                entry.put("starts", counts[2]);
                json.put(source.code(), entry);
            });
            return json;
        }
    }

    /** In the year ending on {@code date}: {@code date − 1 year + 1 day} to {@code date} inclusive. */
    static boolean inYear(LocalDate day, LocalDate date) {
        return day != null && !day.isAfter(date) && day.isAfter(date.minusYears(1));
    }

    private static boolean onOrBefore(LocalDate day, LocalDate date) {
        return day != null && !day.isAfter(date);
    }

    /** The median (the mean of the two middle values of an even count), or null of none. */
    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return (double) sorted.get(middle);
        }
        return (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
