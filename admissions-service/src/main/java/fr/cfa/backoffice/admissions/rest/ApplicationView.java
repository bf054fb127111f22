package fr.cfa.backoffice.admissions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.admissions.domain.Actor;
import fr.cfa.backoffice.admissions.domain.ApplicationDisclosure;
import fr.cfa.backoffice.admissions.domain.Channel;
import fr.cfa.backoffice.admissions.domain.DocumentType;
import fr.cfa.backoffice.admissions.domain.Recommendation;
import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryEntity;
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
        List<HistoryView> history) {

    @Schema(name = "Person", requiredProperties = {"firstName", "lastName", "birthDate", "email", "phone", "address"})
    public record PersonView(@Schema(example = "Imane") String firstName,
                             @Schema(example = "Benali") String lastName,
                             @Schema(example = "1999-04-12") LocalDate birthDate,
                             @Schema(nullable = true, example = "imane.benali@example.org") String email,
                             @Schema(nullable = true, example = "+33 6 12 34 56 78") String phone,
                             @Schema(nullable = true) AddressView address) {}

    @Schema(name = "Address", description = "At least one of the three is set", requiredProperties = {"street", "postalCode", "city"})
    public record AddressView(@Schema(nullable = true, example = "12 rue des Lilas") String street,
                              @Schema(nullable = true, example = "93200") String postalCode,
                              @Schema(nullable = true, example = "Saint-Denis") String city) {}

    @Schema(name = "Qualification", requiredProperties = {"level", "title", "socialField"})
    public record QualificationView(@Schema(description = "Level 1–8 of the national framework", example = "3") String level,
                                    @Schema(nullable = true, example = "CAP Accompagnant éducatif petite enfance") String title,
                                    @Schema(example = "true") boolean socialField) {}

    @Schema(name = "Experience", requiredProperties = {"role", "socialOrMediation", "months"})
    public record ExperienceView(@Schema(example = "Adulte-relais") String role,
                                 @Schema(example = "true") boolean socialOrMediation,
                                 @Schema(example = "14") int months) {}

    @Schema(name = "DocumentReceived", requiredProperties = {"type", "receivedOn"})
    public record DocumentView(DocumentType type, @Schema(example = "2026-11-20") LocalDate receivedOn) {}

    @Schema(name = "Rqth", description = "Health data, for admissions officers only", requiredProperties = {"recognised", "evidenceReference"})
    public record RqthView(@Schema(example = "true") boolean recognised,
                           @Schema(nullable = true, example = "MDPH-93-2024-001234") String evidenceReference) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Interview", description = "A field without a value, or that this reader may not see, is absent", requiredProperties = {"at"})
    public record InterviewView(@Schema(example = "2026-12-15T10:00:00+01:00") OffsetDateTime at,
                                @Schema(example = "CFA, salle 2") String place,
                                @Schema(example = "https://visio.example.org/room/42") String videoLink,
                                @Schema(example = "[\"Claire Martin\", \"Karim Haddad\"]") List<String> interviewers,
                                @Schema(description = "Once the outcome is recorded", example = "true") Boolean attended,
                                @Schema(description = "Once the outcome is recorded; not for prescribers") ScoresView scores,
                                Recommendation recommendation,
                                @Schema(description = "Admissions officers only (free text)", example = "Clear project, knows the job's constraints") String notes,
                                @Schema(description = "When the outcome was recorded", example = "2026-12-15T11:05:00+01:00") OffsetDateTime recordedAt,
                                @Schema(description = "Who recorded the outcome; not for prescribers", example = "Claire Martin") String recordedBy) {}

    @Schema(name = "InterviewScores", description = "The grid, each from 1 to 5; null when the candidate did not attend",
            requiredProperties = {"motivation", "jobUnderstanding", "communication", "project"})
    public record ScoresView(@Schema(nullable = true, example = "4") Integer motivation,
                             @Schema(nullable = true, example = "3") Integer jobUnderstanding,
                             @Schema(nullable = true, example = "4") Integer communication,
                             @Schema(nullable = true, example = "3") Integer project) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HistoryEntry", description = "A field this reader may not see is absent", requiredProperties = {"step", "toStatus", "at"})
    public record HistoryView(@Schema(description = "SUBMITTED, REVIEW_<outcome>, INTERVIEW_SCHEDULED, INTERVIEW_RESCHEDULED, INTERVIEW_RECORDED, "
                                      + "DECISION_<outcome>, ADMITTED_FROM_WAITLIST, WITHDRAWN, ERASED; ELIGIBILITY_REEVALUATED for admissions "
                                      + "officers only", example = "DECISION_ADMITTED") String step,
                              SelectionStatus fromStatus,
                              SelectionStatus toStatus,
                              @Schema(description = "Who took the step, when the reader may see it", example = "Claire Martin") String actor,
                              @Schema(example = "2026-12-16T09:30:00+01:00") OffsetDateTime at,
                              @Schema(description = "Why, when the reader may see it", example = "Strong motivation and a clear project") String reason) {}

    /** The application for {@code reader}; {@code history} null leaves it out (lists and step answers). */
    static ApplicationView of(ApplicationEntity a, List<ApplicationHistoryEntity> history, Actor reader, ApplicationDisclosure disclosure) {
        boolean erased = a.erasedAt != null;
        PersonView person = erased ? null : new PersonView(a.firstName, a.lastName, a.birthDate, a.email, a.phone,
                a.street == null && a.postalCode == null && a.city == null ? null : new AddressView(a.street, a.postalCode, a.city));
        QualificationView qualification = a.qualificationLevel == null ? null
                : new QualificationView(String.valueOf(a.qualificationLevel), a.qualificationTitle, a.qualificationSocialField);
        InterviewView interview = a.interviewAt == null ? null : new InterviewView(a.interviewAt, a.interviewPlace, a.interviewVideoLink,
                a.interviewers, a.interviewAttended,
                disclosure.showsInterviewScores(reader) && a.interviewAttended != null
                        ? new ScoresView(a.scoreMotivation, a.scoreJobUnderstanding, a.scoreCommunication, a.scoreProject) : null,
                a.interviewRecommendation, disclosure.interviewNotes(reader, a), a.interviewRecordedAt, disclosure.interviewRecordedBy(reader, a));
        return new ApplicationView(a.id, a.candidateId, a.cohortId, a.status, a.channel, a.prescriberId, a.submittedAt, a.submittedBy,
                person, qualification,
                erased ? null : a.experiences.stream().map(e -> new ExperienceView(e.role(), e.relevant(), e.months())).toList(),
                erased ? null : disclosure.documents(reader, a).stream().map(d -> new DocumentView(d.type(), d.receivedOn())).toList(),
                disclosure.showsRqth(reader, a) ? new RqthView(a.rqth, a.rqthEvidenceReference) : null,
                EligibilityView.of(disclosure.eligibility(reader, a)),
                interview, a.waitlistRank, erased ? Boolean.TRUE : null, a.version,
                history == null ? null : disclosure.history(reader, history).stream()
                        .map(h -> new HistoryView(h.step(), h.fromStatus(), h.toStatus(), h.actor(), h.at(), h.reason())).toList());
    }
}
