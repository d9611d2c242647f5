package uk.retain.people;

import java.util.Collection;
import java.util.Objects;

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

    /** A team's page: its measures, workers and caseloads. */
    public boolean seesTeam(String laCode, String teamId) {
        if (!ownAuthority(laCode)) {
            return false;
        }
        return wholeAuthority() || (role() == Role.TEAM_MANAGER && account.teamIds().contains(teamId));
    }

    /**
     * A worker's record (employment history, cases held, supervision), given the teams the worker is in.
     * A social worker sees themselves; a team manager the workers of their teams.
     */
    public boolean seesWorker(String laCode, String workerId, Collection<String> workerTeams) {
        if (!ownAuthority(laCode)) {
            return false;
        }
        return switch (role()) {
            case SOCIAL_WORKER -> Objects.equals(account.workerId(), workerId);
            case TEAM_MANAGER -> workerTeams.stream().anyMatch(account.teamIds()::contains);
            case WORKFORCE_LEAD, HR, SENIOR_LEADER -> true;
            default -> false;
        };
    }

    /** Personal details such as birth date, gender and ethnicity are for HR only. */
    public boolean seesPersonalDetails(String laCode) {
        return role() == Role.HR && ownAuthority(laCode);
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
