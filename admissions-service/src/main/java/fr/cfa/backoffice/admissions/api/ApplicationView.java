package fr.cfa.backoffice.admissions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.admissions.domain.ApplicationDisclosure;
import fr.cfa.backoffice.admissions.domain.Channel;
import fr.cfa.backoffice.admissions.domain.DocumentType;
import fr.cfa.backoffice.admissions.domain.Recommendation;
import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application as its reader may see it. What each role sees is decided by {@link ApplicationDisclosure} alone
 * (RQTH, its evidence document, a verdict RQTH could explain, interview scores and notes, step reasons and actors);
 * personal fields are absent once erased.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Application", description = "An application as its reader may see it; a field this reader may not see, or that has no "
        + "value, is absent", requiredProperties = {"id", "candidateId", "cohortId", "status", "channel", "submittedAt", "submittedBy",
        "eligibility", "version"})
public record ApplicationView(
        @Schema(example = "0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b") UUID id,
        @Schema(description = "The person's id across all services", example = "5a1d7c9e-8b2f-4e3a-a1c4-9d8e7f6a5b4c") UUID candidateId,
        @Schema(example = "3f2e1d0c-9b8a-4765-8432-10fedcba9876") UUID cohortId,
        SelectionStatus status,
        Channel channel,
        @Schema(description = "The prescriber's organisation, for applications it submitted", example = "7c6b5a49-3827-4165-9483-72615a4b3c2d")
        UUID prescriberId,
        @Schema(example = "2026-11-20T14:32:05+01:00") OffsetDateTime submittedAt,
        @Schema(description = "Who submitted it (the token's name)", example = "Claire Martin") String submittedBy,
        @Schema(description = "Absent once erased") PersonView person,
        QualificationView highestQualification,
        @Schema(description = "Absent once erased") List<ExperienceView> experiences,
        @Schema(description = "Documents received; RQTH_EVIDENCE is listed for admissions officers only. Absent once erased") List<DocumentView> documents,
        @Schema(description = "Health data: present for admissions officers only (each such answer is audit-logged), never for "
                + "managers or prescribers") RqthView rqth,
        EligibilityView eligibility,
        @Schema(description = "Once an interview is scheduled") InterviewView interview,
        @Schema(description = "Position on the cohort's waitlist (1 = next admitted), while WAITLISTED", example = "2") Integer waitlistRank,
        @Schema(description = "True when the person's data was erased on request; absent otherwise", example = "true") Boolean erased,
        @Schema(description = "Optimistic-lock version, also the ETag; send it back as If-Match on a step", example = "3") long version,
        @Schema(description = "Every step (detail only): when, from and to which status; who and why as the reader may see them. Admissions "
                + "officers see all; managers see who but not why (free text may carry health information); prescribers see who and why "
                + "on their own steps only (their name on their submission and withdrawal, their reason on their withdrawal).")
        List<HistoryView> history) {}
