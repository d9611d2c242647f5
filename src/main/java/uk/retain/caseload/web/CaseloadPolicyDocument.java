package uk.retain.caseload.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.web.Between;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.CodeOf;
import uk.retain.workforce.CodesOf;
import uk.retain.workforce.Coded;
import uk.retain.workforce.JobRole;

/**
 * The caseload policy as the API's JSON document and the page's form carry it (docs/caseload-policy.md): each
 * setting is a record component, named once. Its JSON name is the component's name in snake case, and its name
 * in the form and in problems is its path ({@code caps.experienced}). A constraint's message is the problem's code
 * ({@code policy.error.<code>}); {@link NotNull} means {@code required}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CaseloadPolicyDocument(
        @NotNull @Size(min = 1, message = "noRoles") List<@CodeOf(value = JobRole.class, message = "unknownRole") String> caseHoldingRoles,
        @NotNull @Valid Caps caps,
        @NotNull @Between(min = 0, max = CaseloadPolicyDocument.MAX_ALERT_DAYS) Integer unallocatedAlertWorkingDays,
        @NotNull @Valid Weighting weighting) {

    /** Longest alert threshold accepted: about three months of working days. */
    static final int MAX_ALERT_DAYS = 60;
    static final int MAX_CASE_POINTS = 100;
    static final int MAX_POINTS_PER_FTE = 1000;

    /** The caps of {@link CaseloadPolicy}, none above its absolute maximum. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Caps(
            @NotNull @Between(min = 0, max = CaseloadPolicy.ABSOLUTE_MAXIMUM, message = "cap") Integer asye,
            @NotNull @Between(min = 0, max = CaseloadPolicy.ABSOLUTE_MAXIMUM, message = "cap") Integer earlyCareer,
            @NotNull @Between(min = 0, max = CaseloadPolicy.ABSOLUTE_MAXIMUM, message = "cap") Integer advancedOrConsultant,
            @NotNull @Between(min = 0, max = CaseloadPolicy.ABSOLUTE_MAXIMUM, message = "cap") Integer experienced) {
    }

    /** The weighting: points for every case category, by its code, and none other. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Weighting(
            @NotNull Boolean enabled,
            @NotNull @CodesOf(CaseCategory.class) Map<String, @NotNull @Between(min = 0, max = MAX_CASE_POINTS) Integer> categoryPoints,
            @NotNull @Between(min = 0, max = MAX_CASE_POINTS) Integer courtProceedingsPoints,
            @NotNull @Between(min = 0, max = MAX_CASE_POINTS) Integer coWorkingPoints,
            @NotNull @Between(min = 1, max = MAX_POINTS_PER_FTE) Integer pointsPerFte) {
    }

    /** The document of a policy: its roles in code order, its categories in the order of {@link CaseCategory}. */
    public static CaseloadPolicyDocument of(CaseloadPolicy policy) {
        CaseloadPolicy.Weighting weighting = policy.weighting();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (CaseCategory category : CaseCategory.values()) {
            points.put(category.code(), weighting.categoryPoints().get(category));
        }
        return new CaseloadPolicyDocument(policy.caseHoldingRoles().stream().map(JobRole::code).sorted().toList(),
                new Caps(policy.asyeCap(), policy.earlyCareerCap(), policy.mentoringCap(), policy.experiencedCap()),
                policy.unallocatedAlertWorkingDays(),
                new Weighting(weighting.enabled(), points, weighting.courtProceedingsPoints(), weighting.coWorkingPoints(),
                        weighting.pointsPerFte()));
    }

    /** The policy this document sets; only for a document without constraint violations. */
    CaseloadPolicy policy() {
        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        caseHoldingRoles.forEach(code -> roles.add(Coded.fromCode(JobRole.class, code).orElseThrow()));
        Map<CaseCategory, Integer> points = new EnumMap<>(CaseCategory.class);
        weighting.categoryPoints().forEach((code, value) -> points.put(Coded.fromCode(CaseCategory.class, code).orElseThrow(), value));
        return new CaseloadPolicy(roles, caps.asye(), caps.earlyCareer(), caps.advancedOrConsultant(), caps.experienced(),
                new CaseloadPolicy.Weighting(weighting.enabled(), points, weighting.courtProceedingsPoints(),
                        weighting.coWorkingPoints(), weighting.pointsPerFte()),
                unallocatedAlertWorkingDays);
    }
}
