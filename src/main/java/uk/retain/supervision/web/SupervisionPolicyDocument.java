package uk.retain.supervision.web;

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import uk.retain.supervision.SupervisionRule;
import uk.retain.web.Between;
import uk.retain.workforce.CodeOf;
import uk.retain.workforce.Coded;
import uk.retain.workforce.SupervisionKind;

/**
 * The supervision policy as the API's JSON document and the page's form carry it (docs/supervision-policy.md): each
 * setting a record component, named once in snake case; its name in problems is its path
 * ({@code asye_phases.0.until}). A constraint's message is the problem's code ({@code suppolicy.error.<code>}). What
 * the API answers beside the settings ({@code source}, {@code changed_by}, {@code changed_at}) is ignored when sent
 * back, so that a document read can be put again.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties({"source", "changed_by", "changed_at"})
@Phases
public record SupervisionPolicyDocument(
        @NotNull(message = "noKinds") @Size(min = 1, message = "noKinds")
        List<@CodeOf(value = SupervisionKind.class, message = "unknownKind") String> countingKinds,
        @NotNull @Between(min = 0, max = SupervisionPolicyDocument.MAX_MINUTES, message = "minutes") Integer minimumMinutes,
        @NotNull List<@Valid Phase> asyePhases,
        @NotNull @Interval Period asyeAfterPhases,
        @NotNull @Interval Period interval) {

    static final int MAX_MINUTES = 480;

    /** An ASYE phase: until when from the start of the ASYE, and how often supervision is due in it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Phase(@NotNull @Interval Period until, @NotNull @Interval Period interval) {
    }

    /** The rule this document sets; only for a document without constraint violations. */
    SupervisionRule rule() {
        Set<SupervisionKind> kinds = EnumSet.noneOf(SupervisionKind.class);
        countingKinds.forEach(code -> kinds.add(Coded.fromCode(SupervisionKind.class, code).orElseThrow()));
        return new SupervisionRule(kinds, minimumMinutes,
                asyePhases.stream().map(phase -> new SupervisionRule.AsyePhase(phase.until(), phase.interval())).toList(),
                asyeAfterPhases, interval);
    }
}
