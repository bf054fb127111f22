package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.CertificateSummary;
import fr.cfa.backoffice.certification.api.EligibilityView;
import fr.cfa.backoffice.certification.api.JuryMemberView;
import fr.cfa.backoffice.certification.api.RegistrationView;
import fr.cfa.backoffice.certification.api.SessionView;
import fr.cfa.backoffice.certification.api.VerificationView;
import fr.cfa.backoffice.certification.config.CertificationConfig;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CertificateEntity;
import fr.cfa.backoffice.certification.persistence.ExamSessionEntity;
import fr.cfa.backoffice.certification.persistence.RegistrationEntity;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The api views of loaded entities: reads nothing more, so a page of rows costs the statements that loaded it. */
final class Views {
    private Views() {}

    static SessionView session(ExamSessionEntity s) {
        return new SessionView(s.id, s.examDate, s.place, s.capacity, s.jury.stream().map(j -> new JuryMemberView(j.name(), j.professional())).toList(),
                s.status);
    }

    static RegistrationView registration(RegistrationEntity r) {
        return new RegistrationView(r.id, r.sessionId, r.candidateId, r.ccps, r.status, r.outcome, r.juryDecision, r.decidedOn,
                r.resultsRecordedAt, r.resultsRecordedBy, r.certificateNumber);
    }

    /** {@code c} is null for a candidate certification has not heard of (NOT_ENROLLED). */
    static EligibilityView eligibility(UUID id, CandidateEntity c, Collection<String> held) {
        List<Eligibility.Missing> missing = Eligibility.missing(c);
        return new EligibilityView(id, missing.isEmpty(), missing, c == null ? null : c.trainingCompletedOn,
                c == null ? null : c.employerPeriodCompletedOn, c == null ? null : c.fileReceivedOn, c == null ? null : c.fileRecordedAt,
                c == null ? null : c.fileRecordedBy, List.copyOf(held));
    }

    static CertificateSummary certificateSummary(CertificateEntity c) {
        return new CertificateSummary(c.number, c.candidateId, c.kind, c.ccps, c.issuedOn, c.status);
    }

    static VerificationView verification(CertificateEntity c, CertificationConfig.Title title) {
        return new VerificationView(c.status.name(), c.number, c.holderInitials, c.kind, title.name(), title.rncpCode(), title.level(), c.issuedOn);
    }
}
