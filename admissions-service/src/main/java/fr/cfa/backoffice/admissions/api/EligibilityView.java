package fr.cfa.backoffice.admissions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.admissions.domain.ApplicationDisclosure.DisclosedEligibility;
import fr.cfa.backoffice.admissions.domain.eligibility.Eligibility;
import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Eligibility", description = "The admission rules evaluated against the cohort's start date; every failed rule is listed. "
        + "For prescribers and managers the verdict on a candidate aged 30 or more on that date is withheld (see `withheld`).",
        requiredProperties = {"eligible", "withheld", "evaluatedAgainst", "reasons"})
public record EligibilityView(
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Whether every rule holds; null when withheld", nullable = true, example = "false") Boolean eligible,
        @Schema(description = "True when the verdict is not told to this reader. For a candidate aged 30 or more on the cohort's start, only "
                + "RQTH (health data, for admissions officers only) can make the candidate eligible, so prescribers and managers are not told "
                + "the verdict for any such candidate, with or without RQTH: a withheld verdict says nothing about RQTH. `reasons` then lists "
                + "only the rules that do not depend on age. Under 30 the verdict is always told.", example = "false") boolean withheld,
        @Schema(description = "The cohort start date the rules were evaluated against", example = "2027-01-04") LocalDate evaluatedAgainst,
        @Schema(description = "The failed rules this reader may see (AGE_OVER_MAXIMUM is for admissions officers only)") List<ReasonView> reasons) {

    public static EligibilityView of(DisclosedEligibility e) {
        return new EligibilityView(e.eligible(), e.withheld(), e.evaluatedAgainst(), reasons(e.reasons()));
    }

    /** A simulation answers the caller's own profile: nothing stored, nothing withheld. */
    public static EligibilityView of(Eligibility e) {
        return new EligibilityView(e.eligible(), false, e.evaluatedAgainst(), reasons(e.reasons()));
    }

    private static List<ReasonView> reasons(List<Ineligibility> reasons) {
        return reasons.stream().map(r -> new ReasonView(r.code(), r.message())).toList();
    }
}
