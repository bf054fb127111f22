package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.domain.eligibility.Eligibility;
import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Eligibility", description = "The admission rules evaluated against the cohort's start date; every failed rule is listed")
public record EligibilityView(
        @Schema(example = "false") boolean eligible,
        @Schema(description = "The cohort start date the rules were evaluated against", example = "2027-01-04") LocalDate evaluatedAgainst,
        List<ReasonView> reasons) {

    @Schema(name = "IneligibilityReason")
    public record ReasonView(
            @Schema(description = "Stable code", example = "AGE_OVER_MAXIMUM") Ineligibility.Reason code,
            @Schema(example = "Aged 30 on 2027-01-04, the cohort's start; the maximum is 29 without RQTH") String message) {}

    static EligibilityView of(boolean eligible, LocalDate against, List<Ineligibility> reasons) {
        return new EligibilityView(eligible, against, reasons.stream().map(r -> new ReasonView(r.code(), r.message())).toList());
    }

    static EligibilityView of(Eligibility e) {
        return of(e.eligible(), e.evaluatedAgainst(), e.reasons());
    }
}
