package fr.cfa.backoffice.admissions.rest;

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

    @Schema(name = "PersonRequest")
    public record PersonRequest(
            @NotBlank @Size(max = 100) @Schema(example = "Imane") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Benali") String lastName,
            @NotNull @Past @Schema(example = "1999-04-12") LocalDate birthDate,
            @Email @Size(max = 200) @Schema(example = "imane.benali@example.org") String email,
            @Pattern(regexp = "\\+?[0-9 .-]{6,20}", message = "must be a phone number") @Schema(example = "+33 6 12 34 56 78") String phone,
            @Valid AddressRequest address) {}

    @Schema(name = "AddressRequest")
    public record AddressRequest(@Size(max = 300) @Schema(example = "12 rue des Lilas") String street,
                                 @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit postal code") @Schema(example = "93200") String postalCode,
                                 @Size(max = 100) @Schema(example = "Saint-Denis") String city) {}

    @Schema(name = "QualificationRequest")
    public record QualificationRequest(
            @NotNull @Schema(description = "Level 1–8 of the national framework, or the former niveau V, IV, III, II, I", example = "V", implementation = String.class) QualificationLevel level,
            @Size(max = 200) @Schema(example = "CAP Accompagnant éducatif petite enfance") String title,
            @NotNull @Schema(description = "Whether the qualification is in the social field", example = "true") Boolean socialField) {}

    @Schema(name = "ExperienceRequest")
    public record ExperienceRequest(@NotBlank @Size(max = 200) @Schema(example = "Adulte-relais") String role,
                                    @NotNull @Schema(description = "A social or mediation role", example = "true") Boolean socialOrMediation,
                                    @NotNull @Min(0) @Max(600) @Schema(example = "14") Integer months) {}

    @Schema(name = "RqthRequest")
    public record RqthRequest(@NotNull @Schema(example = "true") Boolean recognised, @Size(max = 200) @Schema(example = "MDPH-93-2024-001234") String evidenceReference) {}

    @Schema(name = "DocumentRequest")
    public record DocumentRequest(@NotNull DocumentType type,
                                  @NotNull @Schema(description = "Not after today in Paris (422 urn:cfa:problem:date-in-future)", example = "2026-11-20") LocalDate receivedOn) {}

    NewApplication toDomain(Channel effectiveChannel, UUID prescriberId) {
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
