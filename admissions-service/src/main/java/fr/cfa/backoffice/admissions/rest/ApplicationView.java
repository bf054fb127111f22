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
@Schema(name = "Application")
public record ApplicationView(
        UUID id,
        @Schema(description = "The person's id across all services") UUID candidateId,
        UUID cohortId,
        SelectionStatus status,
        Channel channel,
        UUID prescriberId,
        OffsetDateTime submittedAt,
        String submittedBy,
        PersonView person,
        QualificationView highestQualification,
        List<ExperienceView> experiences,
        @Schema(description = "Documents received; RQTH_EVIDENCE is listed for admissions officers only") List<DocumentView> documents,
        @Schema(description = "Admissions officers only (health data)") RqthView rqth,
        EligibilityView eligibility,
        InterviewView interview,
        @Schema(description = "Position on the cohort's waitlist (1 = next admitted)") Integer waitlistRank,
        @Schema(description = "True when the person's data was erased on request") Boolean erased,
        @Schema(description = "Optimistic-lock version; send it back as If-Match on a step") long version,
        @Schema(description = "Every step (detail only): when, from and to which status; who and why as the reader may see them. Admissions "
                + "officers see all; managers see who but not why (free text may carry health information); prescribers see who and why "
                + "on their own steps only (their name on their submission and withdrawal, their reason on their withdrawal).")
        List<HistoryView> history) {

    @Schema(name = "Person")
    public record PersonView(String firstName, String lastName, LocalDate birthDate, String email, String phone, AddressView address) {}

    @Schema(name = "Address")
    public record AddressView(String street, String postalCode, String city) {}

    @Schema(name = "Qualification")
    public record QualificationView(@Schema(example = "3") String level, String title, boolean socialField) {}

    @Schema(name = "Experience")
    public record ExperienceView(String role, boolean socialOrMediation, int months) {}

    @Schema(name = "DocumentReceived")
    public record DocumentView(DocumentType type, LocalDate receivedOn) {}

    @Schema(name = "Rqth")
    public record RqthView(boolean recognised, String evidenceReference) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Interview")
    public record InterviewView(OffsetDateTime at, String place, String videoLink, List<String> interviewers, Boolean attended,
                                @Schema(description = "Not for prescribers") ScoresView scores, Recommendation recommendation,
                                @Schema(description = "Admissions officers only (free text)") String notes,
                                @Schema(description = "When the outcome was recorded") OffsetDateTime recordedAt,
                                @Schema(description = "Who recorded the outcome; not for prescribers") String recordedBy) {}

    @Schema(name = "InterviewScores", description = "The grid, each from 1 to 5")
    public record ScoresView(Integer motivation, Integer jobUnderstanding, Integer communication, Integer project) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HistoryEntry")
    public record HistoryView(String step, SelectionStatus fromStatus, SelectionStatus toStatus,
                              @Schema(description = "Who took the step, when the reader may see it") String actor, OffsetDateTime at,
                              @Schema(description = "Why, when the reader may see it") String reason) {}

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
