package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.JobRole;
import uk.retain.workforce.Post;

/** A funded post and who fills (non-agency) or covers (agency) it today. */
final class EstablishmentPost {

    final String id;
    final AreaTeam team;
    final JobRole role;
    final BigDecimal fte;
    final LocalDate fundedFrom;
    LocalDate fundedTo;
    final List<StaffMember> holders = new ArrayList<>(1);
    StaffMember cover;
    /** Whether the council buys agency cover for the current vacancy (decided when it opens). */
    boolean coverWanted;
    /** A post shared with a case-holding row: filled by someone who also holds another part-time row. */
    final boolean secondJob;

    EstablishmentPost(String id, AreaTeam team, JobRole role, BigDecimal fte, LocalDate fundedFrom, boolean secondJob) {
        this.id = id;
        this.team = team;
        this.role = role;
        this.fte = fte;
        this.fundedFrom = fundedFrom;
        this.secondJob = secondJob;
    }

    boolean fundedOn(LocalDate day) {
        return !fundedFrom.isAfter(day) && (fundedTo == null || !fundedTo.isBefore(day));
    }

    /** FTE its non-agency holders leave unfilled. */
    BigDecimal vacancy() {
        BigDecimal filled = BigDecimal.ZERO;
        for (StaffMember holder : holders) {
            filled = filled.add(holderFte(holder));
        }
        return fte.subtract(filled);
    }

    boolean vacant() {
        return holders.isEmpty();
    }

    private BigDecimal holderFte(StaffMember holder) {
        return holder.post == this ? holder.row.fte : holder.secondRow.fte;
    }

    Post toPost() {
        return new Post(id, team.team.teamId(), role, fte, fundedFrom, fundedTo);
    }
}
