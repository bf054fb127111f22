package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.config.CertificationConfig;
import fr.cfa.backoffice.certification.events.contract.CertificationResultPublishedV1;
import fr.cfa.backoffice.certification.events.contract.CertificationTopics;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CcpHeldEntity;
import fr.cfa.backoffice.certification.persistence.CcpReferenceEntity;
import fr.cfa.backoffice.certification.persistence.ExamSessionEntity;
import fr.cfa.backoffice.certification.persistence.RegistrationEntity;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
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
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Exam sessions (sessions de validation), registrations and the jury's results per CCP. */
@ApplicationScoped
public class Sessions {
    @Inject
    CertificationConfig config;

    @Inject
    Certificates certificates;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public ExamSessionEntity create(LocalDate date, String place, int capacity, List<ExamSessionEntity.JuryMember> jury, String by) {
        long professionals = jury.stream().filter(ExamSessionEntity.JuryMember::professional).count();
        if (professionals < config.minimumProfessionalJuryMembers()) {
            throw new BusinessRuleViolationException("jury-incomplete", "The jury needs at least " + config.minimumProfessionalJuryMembers()
                    + " professionals of the trade; it has " + professionals);
        }
        ExamSessionEntity s = new ExamSessionEntity();
        s.id = UUID.randomUUID();
        s.examDate = date;
        s.place = place;
        s.capacity = capacity;
        s.jury = new ArrayList<>(jury);
        s.status = "PLANNED";
        s.createdBy = by;
        s.createdAt = OffsetDateTime.now(clock);
        s.persist();
        return s;
    }

    public ExamSessionEntity session(UUID sessionId) {
        return ExamSessionEntity.<ExamSessionEntity>findByIdOptional(sessionId).orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
    }

    public RegistrationEntity registration(UUID registrationId) {
        return RegistrationEntity.<RegistrationEntity>findByIdOptional(registrationId)
                .orElseThrow(() -> new ResourceNotFoundException("registration", registrationId));
    }

    /** Only eligible candidates, once per session, within capacity (the session row is locked); for the CCPs still to obtain. */
    @Transactional
    public RegistrationEntity register(UUID sessionId, UUID candidateId) {
        ExamSessionEntity session = ExamSessionEntity.<ExamSessionEntity>findByIdOptional(sessionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
        CandidateEntity candidate = CandidateEntity.findById(candidateId);
        List<Eligibility.Missing> missing = Eligibility.missing(candidate);
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolationException("candidate-not-eligible", "The candidate cannot sit the exam yet: " + missing,
                    Map.of("missing", missing.stream().map(Enum::name).toList()));
        }
        if (RegistrationEntity.count("sessionId = ?1 and candidateId = ?2", sessionId, candidateId) > 0) {
            throw new ConflictException("already-registered", "The candidate is already registered for this session", Map.of("candidateId", candidateId.toString()));
        }
        if (RegistrationEntity.count("sessionId", sessionId) >= session.capacity) {
            throw new BusinessRuleViolationException("session-full", "The session's " + session.capacity + " places are taken");
        }
        Set<String> held = held(candidateId);
        List<String> remaining = CcpReferenceEntity.codes().stream().filter(code -> !held.contains(code)).toList();
        if (remaining.isEmpty()) throw new BusinessRuleViolationException("title-already-obtained", "The candidate already holds every CCP");
        RegistrationEntity r = new RegistrationEntity();
        r.id = UUID.randomUUID();
        r.sessionId = sessionId;
        r.candidateId = candidateId;
        r.ccps = new ArrayList<>(remaining);
        r.status = "REGISTERED";
        r.registeredAt = OffsetDateTime.now(clock);
        r.persist();
        return r;
    }

    /**
     * Records the jury's decision per CCP; CCPs obtained are kept; publishes CertificationResultPublished. A jury decides once its
     * session is held: not before the session's day, and the decision (today when not given) is dated neither after today nor before
     * the session. When and by whom the results were recorded is kept; the certificate is issued today.
     */
    @Transactional
    public RegistrationEntity recordResults(UUID registrationId, Map<String, Boolean> acquired, String juryDecision, LocalDate decidedOn, String by) {
        RegistrationEntity r = RegistrationEntity.<RegistrationEntity>findByIdOptional(registrationId)
                .orElseThrow(() -> new ResourceNotFoundException("registration", registrationId));
        if (!"REGISTERED".equals(r.status)) throw new IllegalTransitionException("registration", r.status, "record results for");
        if (!acquired.keySet().equals(Set.copyOf(r.ccps))) {
            throw new InvalidParameterException("ccps", "give a result for exactly the CCPs sat: " + r.ccps);
        }
        ExamSessionEntity session = ExamSessionEntity.findById(r.sessionId);
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
                h.persist();
            }
        });
        Set<String> held = held(r.candidateId);
        Outcome outcome = Outcome.of(held, CcpReferenceEntity.codes());
        r.status = "RESULTED";
        r.outcome = outcome.name();
        r.juryDecision = juryDecision;
        r.decidedOn = decided;
        r.resultsRecordedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // as stored
        r.resultsRecordedBy = by;
        String number = outcome == Outcome.FAILED ? null : certificates.issue(CandidateEntity.findById(r.candidateId),
                outcome == Outcome.WHOLE_TITLE ? "CERTIFICATE" : "ATTESTATION", new ArrayList<>(held)).number;
        r.certificateNumber = number;
        outbox.record(CertificationTopics.RESULTS, r.candidateId.toString(), CertificationResultPublishedV1.NAME, CertificationResultPublishedV1.VERSION,
                new CertificationResultPublishedV1(r.candidateId, r.id, r.sessionId, outcome.name(), new ArrayList<>(held), number, r.resultsRecordedAt));
        return r;
    }

    public static Set<String> held(UUID candidateId) {
        return CcpHeldEntity.<CcpHeldEntity>list("candidateId", candidateId).stream().map(h -> h.ccpCode).collect(Collectors.toCollection(TreeSet::new));
    }
}
