package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.api.AddressView;
import fr.cfa.backoffice.admissions.api.ApplicationView;
import fr.cfa.backoffice.admissions.api.DocumentView;
import fr.cfa.backoffice.admissions.api.EligibilityView;
import fr.cfa.backoffice.admissions.api.ExperienceView;
import fr.cfa.backoffice.admissions.api.HistoryView;
import fr.cfa.backoffice.admissions.api.InterviewView;
import fr.cfa.backoffice.admissions.api.PersonView;
import fr.cfa.backoffice.admissions.api.QualificationView;
import fr.cfa.backoffice.admissions.api.RqthView;
import fr.cfa.backoffice.admissions.api.ScoresView;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryEntity;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.web.Versioned;
import java.util.List;

/** Builds the views of an application from its row alone (no further read), as {@link ApplicationDisclosure} lets its reader see it. */
final class ApplicationViews {
    private ApplicationViews() {}

    /** The application and its version (the ETag), without its history (a step's answer). */
    static Versioned<ApplicationView> versioned(ApplicationEntity a, Caller reader, ApplicationDisclosure disclosure) {
        return new Versioned<>(of(a, null, reader, disclosure), a.version);
    }

    /** The application for {@code reader}; {@code history} null leaves it out (lists and step answers). */
    static ApplicationView of(ApplicationEntity a, List<ApplicationHistoryEntity> history, Caller reader, ApplicationDisclosure disclosure) {
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
