package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.domain.eligibility.Applicant;
import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryRepository;
import fr.cfa.backoffice.admissions.persistence.ApplicationRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Erasure on request (GDPR art. 17): blanks everything that identifies the person or concerns their
 * health, keeps the application's status, cohort, channel and eligibility so counts stay right, and
 * tells the other services (CandidateErased). Erasing twice changes nothing.
 */
@ApplicationScoped
public class CandidateErasure {
    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicationHistoryRepository steps;

    @Inject
    ApplicationHistory history;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public void erase(UUID candidateId, Caller actor) {
        ApplicationEntity a = applications.findByCandidate(candidateId)
                .orElseThrow(() -> new ResourceNotFoundException("candidate", candidateId));
        if (a.erasedAt != null) return;
        a.firstName = null;
        a.lastName = null;
        a.birthDate = null;
        a.email = null;
        a.phone = null;
        a.street = null;
        a.postalCode = null;
        a.city = null;
        a.qualificationTitle = null;
        a.experiences = new ArrayList<>(a.experiences.stream().map(e -> new Applicant.Experience(
                null, e.relevant(), e.months())).toList());
        a.documents = new ArrayList<>();
        a.rqth = false;
        a.rqthEvidenceReference = null;
        a.interviewNotes = null;
        a.erasedAt = OffsetDateTime.now(clock);
        a.updatedAt = a.erasedAt;
        // Free-text reasons may name the person: they go; the steps themselves stay.
        steps.eraseReasons(a.id);
        history.record(a.id, "ERASED", a.status, a.status, actor, a.erasedAt, "personal data erased on request");
        outbox.record(AdmissionsTopics.APPLICATIONS, candidateId.toString(), CandidateErasedV1.NAME, CandidateErasedV1.VERSION, new CandidateErasedV1(candidateId, a.erasedAt));
    }
}
