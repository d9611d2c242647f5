package uk.retain.people;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import uk.retain.workforce.Authority;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * What one signed-in user may see: the scope rules of every page and API call, in one place. Nothing crosses
 * authorities; a regional analyst sees the aggregates of the councils in their region and no person at all.
 */
public record Viewer(Account account) {

    public Role role() {
        return account.role();
    }

    public String laCode() {
        return account.laCode();
    }

    /** Roles that see their whole authority. */
    private boolean wholeAuthority() {
        return switch (role()) {
            case WORKFORCE_LEAD, HR, SENIOR_LEADER -> true;
            default -> false;
        };
    }

    /** Aggregate measures of an authority (dashboard, measures API), given the authority's region. */
    public boolean seesAggregatesOf(String laCode, String regionCode) {
        if (role() == Role.REGIONAL_ANALYST) {
            return account.regionCode() != null && account.regionCode().equals(regionCode);
        }
        return wholeAuthority() && ownAuthority(laCode);
    }

    /** Rows about one person (such as caseload by worker) in aggregates: never for a regional analyst. */
    public boolean seesPersonRows() {
        return role() != Role.REGIONAL_ANALYST && role() != Role.ADMINISTRATOR;
    }

    /**
     * Whether the viewer's figures have small numbers suppressed (counts under 5 and what is made from them, as
     * {@code "c"}): a regional analyst's, who must never learn a figure about one person (decision 0012).
     */
    public boolean getsSuppressedFigures() {
        return role() == Role.REGIONAL_ANALYST;
    }

    /** A team's page: its measures, workers and caseloads. */
    /**
     * Whether the authority {@code laCode} is known to the viewer: held (one of {@code held}) and either theirs or one
     * whose aggregates they see. An API answers 404 for any other, so that it does not reveal which are held.
     */
    public boolean knowsAuthority(Collection<Authority> held, String laCode) {
        return held.stream().anyMatch(a -> a.laCode().equals(laCode)
                && (laCode.equals(account.laCode()) || seesAggregatesOf(laCode, a.regionCode())));
    }

    /** The team {@code teamId} of {@code register}, when it exists and the viewer sees it; empty either way otherwise. */
    public Optional<Team> seenTeam(Register register, String teamId) {
        String laCode = register.authority().laCode();
        return register.teams().stream().filter(team -> team.teamId().equals(teamId) && seesTeam(laCode, teamId)).findFirst();
    }

    public boolean seesTeam(String laCode, String teamId) {
        if (!ownAuthority(laCode)) {
            return false;
        }
        return wholeAuthority() || managesTeam(teamId);
    }

    /**
     * A worker's record (employment history, cases held, supervision) on a date, given the teams the worker is in
     * ON THAT DATE (their employment rows in force on it). A social worker sees themselves; a team manager the
     * workers in their teams on the date, and no one who was in them only on other days (decision 0013).
     */
    public boolean seesWorker(String laCode, String workerId, Collection<String> teamsOnDate) {
        if (!ownAuthority(laCode)) {
            return false;
        }
        return switch (role()) {
            case SOCIAL_WORKER -> Objects.equals(account.workerId(), workerId);
            case TEAM_MANAGER -> teamsOnDate.stream().anyMatch(this::managesTeam);
            case WORKFORCE_LEAD, HR, SENIOR_LEADER -> true;
            default -> false;
        };
    }

    /**
     * A worker's supervision sessions and next supervision date, given the teams the worker is in on the date: as
     * {@link #seesWorker}, except a senior leader, who sees supervision only in aggregate.
     */
    public boolean seesSupervisionOf(String laCode, String workerId, Collection<String> teamsOnDate) {
        return role() != Role.SENIOR_LEADER && seesWorker(laCode, workerId, teamsOnDate);
    }

    /** Recording a supervision session for a worker in {@code teamId} on the session's day: a team manager of it. */
    public boolean recordsSupervisionIn(String laCode, String teamId) {
        return ownAuthority(laCode) && managesTeam(teamId);
    }

    /** Recording supervision sessions at all: a team manager. */
    public boolean recordsSupervision() {
        return role() == Role.TEAM_MANAGER && account.laCode() != null;
    }

    /**
     * Whether the viewer sees, on a worker's record they may see, the cases held in {@code teamId} (a worker holds
     * their cases in their main team of the day): a team manager only in their own teams; a social worker their
     * own cases wherever they hold them; the whole-authority roles every team's. {@code teamId} may be null (no
     * team that day), which only the roles without a team limit see.
     */
    public boolean seesCasesHeldIn(String laCode, String teamId) {
        if (!ownAuthority(laCode)) {
            return false;
        }
        return switch (role()) {
            case SOCIAL_WORKER, WORKFORCE_LEAD, HR, SENIOR_LEADER -> true;
            case TEAM_MANAGER -> teamId != null && managesTeam(teamId);
            default -> false;
        };
    }

    private boolean managesTeam(String teamId) {
        return role() == Role.TEAM_MANAGER && teamId != null && account.teamIds().contains(teamId);
    }

    /**
     * An authority's policies (caseloads, supervision) are read by the roles whose teams or aggregates are held to
     * them: team managers, the workforce lead, HR and senior leaders of the authority.
     */
    public boolean readsPoliciesOf(String laCode) {
        return ownAuthority(laCode) && switch (role()) {
            case TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER -> true;
            default -> false;
        };
    }

    /** Only the workforce lead (principal social worker) sets their authority's policies. */
    public boolean setsPoliciesOf(String laCode) {
        return role() == Role.WORKFORCE_LEAD && ownAuthority(laCode);
    }

    /** Personal details such as birth date, gender and ethnicity are for HR only. */
    public boolean seesPersonalDetails(String laCode) {
        return role() == Role.HR && ownAuthority(laCode);
    }

    /**
     * The DfE census return's checks of the authority (what to fix, for which worker): HR, who sends the return, and
     * the workforce lead; never aggregate-only roles (senior leaders, regional analysts).
     */
    public boolean checksCensusOf(String laCode) {
        return (role() == Role.HR || role() == Role.WORKFORCE_LEAD) && ownAuthority(laCode);
    }

    /** The census return itself, which carries each worker's birth date, gender and ethnicity: HR only. */
    public boolean exportsCensusOf(String laCode) {
        return seesPersonalDetails(laCode);
    }

    /**
     * The starting bundle of a census return (decision 0035), which carries the return's birth dates, gender and
     * ethnicity into a bundle for import: HR, who holds last year's return, and the administrator, who imports bundles.
     */
    public boolean startsFromCensusReturnOf(String laCode) {
        return (role() == Role.HR || role() == Role.ADMINISTRATOR) && ownAuthority(laCode);
    }

    /**
     * A worker's risk signals, given the teams the worker is in today: a team manager of one of them, the principal
     * social worker (workforce lead) and HR. Never the worker themselves (a manager's own signals are for their own
     * managers), nor a senior leader (who sees the counts by team, {@link #countsSignalsOf}), nor anyone outside the
     * authority.
     */
    public boolean seesSignalsOf(String laCode, String workerId, Collection<String> teamsToday) {
        if (!ownAuthority(laCode) || Objects.equals(account.workerId(), workerId)) {
            return false;
        }
        return switch (role()) {
            case TEAM_MANAGER -> teamsToday.stream().anyMatch(this::managesTeam);
            case WORKFORCE_LEAD, HR -> true;
            default -> false;
        };
    }

    /** The list of workers with risk signals (those of them the viewer {@link #seesSignalsOf sees}). */
    public boolean listsSignalsOf(String laCode) {
        return ownAuthority(laCode) && (role() == Role.TEAM_MANAGER || role() == Role.WORKFORCE_LEAD || role() == Role.HR);
    }

    /** Each risk signal counted by team, no one named: senior leaders, the workforce lead and HR. */
    public boolean countsSignalsOf(String laCode) {
        return ownAuthority(laCode) && (role() == Role.SENIOR_LEADER || role() == Role.WORKFORCE_LEAD || role() == Role.HR);
    }

    /** Recording an exit interview: HR, who holds the leavers' records. */
    public boolean recordsExitInterviewsOf(String laCode) {
        return role() == Role.HR && ownAuthority(laCode);
    }

    /**
     * The authority's Employer Standards health check (aggregate evidence, ratings, the action plan): read by the
     * workforce lead, HR and senior leaders of the authority.
     */
    public boolean readsHealthCheckOf(String laCode) {
        return ownAuthority(laCode) && switch (role()) {
            case WORKFORCE_LEAD, HR, SENIOR_LEADER -> true;
            default -> false;
        };
    }

    /** The health check is completed by the principal social worker (workforce lead) and the director (senior leader). */
    public boolean assessesStandardsOf(String laCode) {
        return ownAuthority(laCode) && (role() == Role.WORKFORCE_LEAD || role() == Role.SENIOR_LEADER);
    }

    /** The members' report and the Ofsted pack of the authority (aggregates): senior leaders and the workforce lead. */
    public boolean downloadsReportsOf(String laCode) {
        return (role() == Role.SENIOR_LEADER || role() == Role.WORKFORCE_LEAD) && ownAuthority(laCode);
    }

    /**
     * The council's regional return (aggregates and keyed hashes, docs/regional-return.md): made and downloaded by its
     * workforce lead and HR.
     */
    public boolean sendsRegionalReturnOf(String laCode) {
        return (role() == Role.WORKFORCE_LEAD || role() == Role.HR) && ownAuthority(laCode);
    }

    /** The regional analyst of a region: the region's cross-border checks and the returns its hub imports. */
    public boolean analysesRegion() {
        return role() == Role.REGIONAL_ANALYST && account.regionCode() != null;
    }

    public boolean mayImport() {
        return role() == Role.ADMINISTRATOR;
    }

    public boolean managesUsers() {
        return role() == Role.ADMINISTRATOR;
    }

    public boolean readsAudit() {
        return role() == Role.ADMINISTRATOR;
    }

    private boolean ownAuthority(String laCode) {
        return account.laCode() != null && account.laCode().equals(laCode);
    }
}
