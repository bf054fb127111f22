package fr.cfa.backoffice.admissions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.admissions.domain.Actor;
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
 * An application as its reader may see it: {@code rqth} only for admissions officers; interview scores
 * and notes not for prescribers; personal fields absent once erased.
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
        List<DocumentView> documents,
        @Schema(description = "Admissions officers only (health data)") RqthView rqth,
        EligibilityView eligibility,
        InterviewView interview,
        @Schema(description = "Position on the cohort's waitlist (1 = next admitted)") Integer waitlistRank,
        @Schema(description = "True when the person's data was erased on request") Boolean erased,
        @Schema(description = "Optimistic-lock version; send it back as If-Match on a step") long version,
        @Schema(description = "Every step: who, when, from and to which status, why (detail only)") List<HistoryView> history) {

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
                                ScoresView scores, Recommendation recommendation, String notes) {}

    @Schema(name = "InterviewScores", description = "The grid, each from 1 to 5")
    public record ScoresView(Integer motivation, Integer jobUnderstanding, Integer communication, Integer project) {}

    @Schema(name = "HistoryEntry")
    public record HistoryView(String step, SelectionStatus fromStatus, SelectionStatus toStatus, String actor, OffsetDateTime at, String reason) {}

    static ApplicationView of(ApplicationEntity a, Actor reader, List<ApplicationHistoryEntity> history) {
        boolean erased = a.erasedAt != null;
        boolean internal = reader.role() != Actor.Role.PRESCRIBER;
        PersonView person = erased ? null : new PersonView(a.firstName, a.lastName, a.birthDate, a.email, a.phone,
                a.street == null && a.postalCode == null && a.city == null ? null : new AddressView(a.street, a.postalCode, a.city));
        QualificationView qualification = a.qualificationLevel == null ? null
                : new QualificationView(String.valueOf(a.qualificationLevel), a.qualificationTitle, a.qualificationSocialField);
        InterviewView interview = a.interviewAt == null ? null : new InterviewView(a.interviewAt, a.interviewPlace, a.interviewVideoLink,
                a.interviewers, a.interviewAttended,
                internal && a.interviewAttended != null ? new ScoresView(a.scoreMotivation, a.scoreJobUnderstanding, a.scoreCommunication, a.scoreProject) : null,
                a.interviewRecommendation, internal ? a.interviewNotes : null);
        return new ApplicationView(a.id, a.candidateId, a.cohortId, a.status, a.channel, a.prescriberId, a.submittedAt, a.submittedBy,
                person, qualification,
                erased ? null : a.experiences.stream().map(e -> new ExperienceView(e.role(), e.relevant(), e.months())).toList(),
                erased ? null : a.documents.stream().map(d -> new DocumentView(d.type(), d.receivedOn())).toList(),
                reader.seesSensitiveData() && !erased ? new RqthView(a.rqth, a.rqthEvidenceReference) : null,
                EligibilityView.of(a.eligible, a.eligibilityEvaluatedOn, a.eligibilityReasons),
                interview, a.waitlistRank, erased ? Boolean.TRUE : null, a.version,
                history == null ? null : history.stream().map(h -> new HistoryView(h.step, h.fromStatus, h.toStatus, h.actor, h.at, h.reason)).toList());
    }
}
