package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.Channel;
import fr.cfa.backoffice.admissions.domain.DocumentType;
import fr.cfa.backoffice.admissions.domain.NewApplication;
import fr.cfa.backoffice.admissions.domain.eligibility.Applicant;
import fr.cfa.backoffice.admissions.domain.eligibility.QualificationLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApplicationRequest", description = "An application for a cohort")
public record ApplicationRequest(
        @NotNull @Schema(description = "A cohort from GET /api/v1/cohorts, OPEN and not started", required = true, example = "3f2e1d0c-9b8a-4765-8432-10fedcba9876") UUID cohortId,
        @Schema(description = "How the application came; prescribers' are always PRESCRIBER, officers' FRONT_OFFICE by default") Channel channel,
        @NotNull @Valid @Schema(required = true) PersonRequest person,
        @Valid @Schema(description = "Highest qualification obtained") QualificationRequest highestQualification,
        @Size(max = 30) List<@Valid @NotNull ExperienceRequest> experiences,
        @Valid @Schema(description = "RQTH (recognised disabled worker status): health data, visible to admissions officers only") RqthRequest rqth,
        @Size(max = 30) List<@Valid @NotNull DocumentRequest> documents) {

    /** The application as the domain takes it, once the caller has fixed its channel and prescriber. */
    public NewApplication toDomain(Channel effectiveChannel, UUID prescriberId) {
        PersonRequest p = person;
        return new NewApplication(cohortId, effectiveChannel, prescriberId,
                new NewApplication.Person(p.firstName().trim(), p.lastName().trim(), p.birthDate(), p.email(), p.phone(),
                        p.address() == null ? null : new NewApplication.Address(p.address().street(), p.address().postalCode(), p.address().city())),
                highestQualification == null ? null
                        : new NewApplication.Qualification(highestQualification.level(), highestQualification.title(), highestQualification.socialField()),
                experiences == null ? List.of() : experiences.stream().map(e -> new Applicant.Experience(e.role(), e.socialOrMediation(), e.months())).toList(),
                rqth != null && Boolean.TRUE.equals(rqth.recognised()), rqth == null ? null : rqth.evidenceReference(),
                documents == null ? List.of() : documents.stream().map(d -> new NewApplication.DocumentReceived(d.type(), d.receivedOn())).toList());
    }
}
