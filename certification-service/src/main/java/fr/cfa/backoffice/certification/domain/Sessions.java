package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.RegistrationView;
import fr.cfa.backoffice.certification.api.SessionRequest;
import fr.cfa.backoffice.certification.api.SessionView;
import fr.cfa.backoffice.certification.config.CertificationConfig;
import fr.cfa.backoffice.certification.events.contract.CertificationResultPublishedV1;
import fr.cfa.backoffice.certification.events.contract.CertificationTopics;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.certification.persistence.CcpHeldEntity;
import fr.cfa.backoffice.certification.persistence.CcpHeldRepository;
import fr.cfa.backoffice.certification.persistence.CcpReferenceRepository;
import fr.cfa.backoffice.certification.persistence.ExamSessionEntity;
import fr.cfa.backoffice.certification.persistence.ExamSessionRepository;
import fr.cfa.backoffice.certification.persistence.RegistrationEntity;
import fr.cfa.backoffice.certification.persistence.RegistrationRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.time.NotInTheFuture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Exam sessions (sessions de validation), registrations and the jury's results per CCP. */
@ApplicationScoped
public class Sessions {
    @Inject
    ExamSessionRepository sessions;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CandidateRepository candidates;

    @Inject
    CcpHeldRepository held;

    @Inject
    CcpReferenceRepository ccps;

    @Inject
    CertificationConfig config;

    @Inject
    Certificates certificates;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public SessionView plan(SessionRequest request, Caller by) {
        List<ExamSessionEntity.JuryMember> jury = request.jury().stream().map(j -> new ExamSessionEntity.JuryMember(j.name(), j.professional())).toList();
        long professionals = jury.stream().filter(ExamSessionEntity.JuryMember::professional).count();
        if (professionals < config.minimumProfessionalJuryMembers()) {
            throw new BusinessRuleViolationException("jury-incomplete", "The jury needs at least " + config.minimumProfessionalJuryMembers()
                    + " professionals of the trade; it has " + professionals);
        }
        ExamSessionEntity s = new ExamSessionEntity();
        s.id = UUID.randomUUID();
        s.examDate = request.date();
        s.place = request.place();
        s.capacity = request.capacity();
        s.jury = new ArrayList<>(jury);
        s.status = SessionStatus.PLANNED;
        s.createdBy = by.name();
        s.createdAt = OffsetDateTime.now(clock);
        sessions.persist(s);
        return Views.session(s);
    }

    /** Only eligible candidates, once per session, within capacity (the session row is locked); for the CCPs still to obtain. */
    @Transactional
    public RegistrationView register(UUID sessionId, UUID candidateId) {
        ExamSessionEntity session = sessions.findByIdOptional(sessionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
        if (!session.status.acceptsRegistrations()) throw new IllegalTransitionException("session", session.status, "register a candidate for");
        CandidateEntity candidate = candidates.findById(candidateId);
        List<Eligibility.Missing> missing = Eligibility.missing(candidate);
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolationException("candidate-not-eligible", "The candidate cannot sit the exam yet: " + missing,
                    Map.of("missing", missing.stream().map(Enum::name).toList()));
        }
        if (registrations.count("sessionId = ?1 and candidateId = ?2", sessionId, candidateId) > 0) {
            throw new ConflictException("already-registered", "The candidate is already registered for this session", Map.of("candidateId", candidateId.toString()));
        }
        if (registrations.count("sessionId", sessionId) >= session.capacity) {
            throw new BusinessRuleViolationException("session-full", "The session's " + session.capacity + " places are taken");
        }
        Set<String> obtained = held.codesHeldBy(candidateId);
        List<String> remaining = ccps.codes().stream().filter(code -> !obtained.contains(code)).toList();
        if (remaining.isEmpty()) throw new BusinessRuleViolationException("title-already-obtained", "The candidate already holds every CCP");
        RegistrationEntity r = new RegistrationEntity();
        r.id = UUID.randomUUID();
        r.sessionId = sessionId;
        r.candidateId = candidateId;
        r.ccps = new ArrayList<>(remaining);
        r.status = RegistrationStatus.REGISTERED;
        r.registeredAt = OffsetDateTime.now(clock);
        registrations.persist(r);
        return Views.registration(r);
    }

    /**
     * Records the jury's decision per CCP; CCPs obtained are kept; publishes CertificationResultPublished. A jury decides once its
     * session is held: not before the session's day, and the decision (today when not given) is dated neither after today nor before
     * the session. When and by whom the results were recorded is kept; the certificate is issued today.
     */
    @Transactional
    public RegistrationView recordResults(UUID registrationId, Map<String, Boolean> acquired, String juryDecision, LocalDate decidedOn, Caller by) {
        RegistrationEntity r = registrations.findByIdOptional(registrationId)
                .orElseThrow(() -> new ResourceNotFoundException("registration", registrationId));
        RegistrationStatus resulted = r.status.resultsRecorded();
        if (!acquired.keySet().equals(Set.copyOf(r.ccps))) {
            throw new InvalidParameterException("ccps", "give a result for exactly the CCPs sat: " + r.ccps);
        }
        ExamSessionEntity session = sessions.findById(r.sessionId);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(session.examDate)) {
            throw new FactDateRefusedException("session-not-held-yet", "decidedOn", "the session of " + session.examDate
                    + " has not been held yet (today is " + today + ", Europe/Paris): its jury cannot have decided", Map.of("sessionDate", session.examDate.toString()));
        }
        LocalDate decided = decidedOn != null ? decidedOn : today;
        NotInTheFuture.requireNotAfterToday("decidedOn", decided, clock);
        if (decided.isBefore(session.examDate)) {
            throw new FactDateRefusedException("decision-before-session", "decidedOn", "must not be before the session (" + session.examDate + ")",
                    Map.of("sessionDate", session.examDate.toString()));
        }
        acquired.forEach((code, ok) -> {
            if (Boolean.TRUE.equals(ok)) {
                CcpHeldEntity h = new CcpHeldEntity();
                h.candidateId = r.candidateId;
                h.ccpCode = code;
                h.obtainedOn = decided;
                h.sessionId = r.sessionId;
                held.persist(h);
            }
        });
        Set<String> heldAfter = held.codesHeldBy(r.candidateId);
        Outcome outcome = Outcome.of(heldAfter, ccps.codes());
        r.status = resulted;
        r.outcome = outcome;
        r.juryDecision = juryDecision;
        r.decidedOn = decided;
        r.resultsRecordedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // as stored
        r.resultsRecordedBy = by.name();
        String number = CertificateKind.issuedFor(outcome)
                .map(kind -> certificates.issue(candidates.findById(r.candidateId), kind, new ArrayList<>(heldAfter)).number).orElse(null);
        r.certificateNumber = number;
        outbox.record(CertificationTopics.RESULTS, r.candidateId.toString(), CertificationResultPublishedV1.NAME, CertificationResultPublishedV1.VERSION,
                new CertificationResultPublishedV1(r.candidateId, r.id, r.sessionId, outcome.name(), new ArrayList<>(heldAfter), number, r.resultsRecordedAt));
        return Views.registration(r);
    }
}
