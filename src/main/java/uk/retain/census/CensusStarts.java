package uk.retain.census;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.retain.workforce.Authority;
import uk.retain.workforce.CensusCode;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.GenderCurrent;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.LeaverDestination;
import uk.retain.workforce.ReasonLeave;
import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.StartOrigin;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * A census return read back ({@link CensusXmlReader}) turned into the register it can honestly start, for a council
 * that has no register in Retain yet (decision 0035): the authority, one worker and one employment row per usable
 * record, and a single placeholder team. What the return does not hold (cases, allocations, supervision, posts,
 * absences) is left out; what the contract requires and the return lacks gets the documented default; a record that
 * cannot make a valid row is left out. Each of these is a {@link StartNote}, so nothing is dropped unsaid. The
 * register is written by {@link uk.retain.workforce.BundleWriter} like any other.
 */
public final class CensusStarts {

    /** The one team of a register started from a census return, which has no teams. */
    public static final String TEAM_ID = "CENSUS";

    /** The placeholder team's name, in the bundle (the officer renames it or moves the workers to real teams). */
    public static final String TEAM_NAME = "From the census return";

    /** A worker's given name: the return has no names, and family_name carries the SWE number instead. */
    public static final String GIVEN_NAME = "Not in census";

    /** The authority's name is this and its number until the officer gives it: the return has only the number. */
    public static final String AUTHORITY_NAME_PREFIX = "Authority ";

    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern SWE_NUMBER = Pattern.compile("(?i)SW[0-9]{1,10}");
    private static final Set<Integer> GENDERS = CensusCode.codesOf(GenderCurrent.class);
    private static final Set<Integer> ORIGINS = CensusCode.codesOf(StartOrigin.class);
    private static final Set<Integer> DESTINATIONS = CensusCode.codesOf(LeaverDestination.class);

    private CensusStarts() {
    }

    /** What was made of a return: the register, or null when the return cannot start one, and every note. */
    public record CensusStart(Register register, List<StartNote> notes) {

        public CensusStart {
            notes = List.copyOf(notes);
        }

        /** The return starts no register at all (no authority or no date): nothing is written. */
        public boolean refused() {
            return register == null;
        }

        /** How many records of the return were left out of the register. */
        public long recordsLeftOut() {
            return notes.stream().filter(n -> n.issue().effect() == StartIssue.Effect.RECORD_LEFT_OUT).count();
        }
    }

    /**
     * One issue at one record.
     *
     * @param record the record's position in the return, from 1; 0 for the whole return
     * @param line the line its {@code CSWWWorker} starts on, or 0
     * @param sweNumber the record's SWENo as the return gives it, or null
     * @param value the value the issue is about, as the return gives it, or null
     */
    public record StartNote(StartIssue issue, int record, int line, String sweNumber, String value) {
    }

    /** The register {@code read} starts, with the notes of what it could not carry. */
    public static CensusStart of(CensusXmlReader.Read read) {
        CensusReturn census = read.census();
        List<StartNote> notes = new ArrayList<>();
        if (census.lea() == null || !LA_CODE.matcher(census.lea()).matches()) {
            notes.add(new StartNote(StartIssue.LEA_NOT_USABLE, 0, 0, null, census.lea()));
        }
        if (census.year() == null) {
            notes.add(new StartNote(StartIssue.REFERENCE_DATE_NOT_USABLE, 0, 0, null, null));
        }
        if (!notes.isEmpty()) {
            return new CensusStart(null, notes);
        }
        CensusYear year = census.year();
        List<Worker> workers = new ArrayList<>();
        List<Employment> employments = new ArrayList<>();
        Set<SweNumber> seen = new HashSet<>();
        for (int i = 0; i < census.workers().size(); i++) {
            int line = i < read.recordLines().size() ? read.recordLines().get(i) : 0;
            Record record = new Record(census.workers().get(i), i + 1, line, year, notes);
            record.build(seen, workers, employments);
        }
        // The history is complete from the census year's first day for non-agency staff: the return holds everyone in
        // post on its date and every starter and leaver of the year (decision 0035 says what that leaves short).
        Authority authority = new Authority(census.lea(), AUTHORITY_NAME_PREFIX + census.lea(), null, year.firstDay());
        Register register = Register.of(authority)
                .teams(List.of(new Team(TEAM_ID, TEAM_NAME, ServiceArea.OTHER, null)))
                .workers(workers).employments(employments).build();
        return new CensusStart(register, notes);
    }

    /** The job role a census OrgRole starts as: the role the format maps to it first, ASYE for a case holder in ASYE. */
    static JobRole jobRole(int orgRole, boolean inAsye) {
        if (orgRole == 5 && inAsye) {
            return JobRole.ASYE_SOCIAL_WORKER;
        }
        return switch (orgRole) {
            case 1 -> JobRole.SENIOR_MANAGER;
            case 2 -> JobRole.SERVICE_MANAGER;
            case 3 -> JobRole.TEAM_MANAGER;
            case 4 -> JobRole.ADVANCED_PRACTITIONER;
            case 5 -> JobRole.SOCIAL_WORKER;
            case 6 -> JobRole.QUALIFIED_WITHOUT_CASES;
            default -> null;
        };
    }

    /** One record of the return, turned into a worker and an employment row, or left out. */
    private record Record(CensusWorker w, int record, int line, CensusYear year, List<StartNote> notes) {

        void build(Set<SweNumber> seen, List<Worker> workers, List<Employment> employments) {
            if (w.sweNumber() == null || !SWE_NUMBER.matcher(w.sweNumber()).matches()) {
                note(StartIssue.SWE_NUMBER_NOT_USABLE, w.sweNumber());
                return;
            }
            SweNumber swe = new SweNumber(w.sweNumber().toUpperCase(Locale.ROOT));
            if (!seen.add(swe)) {
                note(StartIssue.SWE_NUMBER_DUPLICATE, w.sweNumber());
                return;
            }
            LocalDate date = year.referenceDate();
            LocalDate start = w.roleStartDate();
            if (start == null && !w.agencyWorker()) {
                note(StartIssue.ROLE_START_DATE_MISSING, null);
                return;
            }
            if (start != null && start.isAfter(date)) {
                note(StartIssue.ROLE_START_AFTER_REFERENCE_DATE, start.toString());
                return;
            }
            LocalDate end = w.roleEndDate();
            if (end != null && end.isAfter(date)) {
                note(StartIssue.ROLE_END_AFTER_REFERENCE_DATE, end.toString());
                return;
            }
            if (end != null && start != null && end.isBefore(start)) {
                note(StartIssue.ROLE_END_BEFORE_START, end.toString());
                return;
            }
            BigDecimal fte = fte(end != null);
            if (fte == null) {
                note(StartIssue.FTE_NOT_USABLE, w.fte() == null ? null : w.fte().toPlainString());
                return;
            }
            if (start == null) {
                // The latest day the return shows the agency worker there: its date, or the record's last day.
                note(StartIssue.AGENCY_START_DEFAULTED, null);
                start = end != null ? end : date;
            }
            JobRole role = w.orgRole() == null ? null : jobRole(w.orgRole(), w.cfkssStatus().contains(1));
            if (role == null) {
                note(StartIssue.ORG_ROLE_DEFAULTED, w.orgRole() == null ? null : w.orgRole().toString());
                role = JobRole.SOCIAL_WORKER;
            }
            Integer reason = null;
            Integer destination = null;
            boolean leaving = end != null && !w.agencyWorker();
            if (leaving) {
                reason = CensusCode.of(ReasonLeave.class, w.reasonLeave()) == null ? null : w.reasonLeave();
                if (reason == null) {
                    note(StartIssue.REASON_LEAVE_DEFAULTED, w.reasonLeave() == null ? null : w.reasonLeave().toString());
                    reason = ReasonLeave.NOT_KNOWN.code();
                }
                destination = code(w.leaverDestination(), DESTINATIONS, StartIssue.LEAVER_DESTINATION_NOT_A_CODE);
            } else if (w.reasonLeave() != null || w.leaverDestination() != null) {
                note(StartIssue.LEAVING_CODES_NOT_A_LEAVING, w.reasonLeave() != null ? w.reasonLeave().toString()
                        : w.leaverDestination().toString());
            }
            String ethnicity = w.ethnicity();
            if (ethnicity != null && !CensusChecks.ETHNICITIES.contains(ethnicity)) {
                note(StartIssue.ETHNICITY_NOT_A_CODE, ethnicity);
                ethnicity = null;
            }
            String id = swe.censusForm();
            workers.add(new Worker(id, new SweNumber(id), id, GIVEN_NAME, null, w.personBirthDate(),
                    code(w.genderCurrent(), GENDERS, StartIssue.GENDER_NOT_A_CODE), ethnicity,
                    code(w.startOrigin(), ORIGINS, StartIssue.START_ORIGIN_NOT_A_CODE)));
            employments.add(new Employment(id, w.agencyWorker() ? Contract.AGENCY : Contract.PERMANENT, role, TEAM_ID, null,
                    fte, start, end, reason, destination));
        }

        /**
         * The row's FTE: the record's, from more than 0 to 1; a leaver's is 0 on the date, so their row is given 1
         * (the return does not say what it was), unless the return gives another above 0.
         */
        private BigDecimal fte(boolean left) {
            BigDecimal fte = w.fte();
            boolean usable = fte != null && fte.signum() > 0 && fte.compareTo(BigDecimal.ONE) <= 0;
            if (usable) {
                return fte;
            }
            if (left && (fte == null || fte.signum() == 0)) {
                return BigDecimal.ONE;
            }
            return null;
        }

        private Integer code(Integer value, Set<Integer> codes, StartIssue notACode) {
            if (value == null || codes.contains(value)) {
                return value;
            }
            note(notACode, value.toString());
            return null;
        }

        private void note(StartIssue issue, String value) {
            notes.add(new StartNote(issue, record, line, w.sweNumber(), value));
        }
    }
}
