package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.VerificationView;
import fr.cfa.backoffice.certification.config.CertificationConfig;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CertificateEntity;
import fr.cfa.backoffice.certification.persistence.CertificateRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Certificates and attestations: unique non-guessable numbers, a signed credential, revocation. */
@ApplicationScoped
public class Certificates {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificateRepository certificates;

    @Inject
    CredentialSigner signer;

    @Inject
    CertificationConfig config;

    @Inject
    Clock clock;

    /** Issued now (the suite clock): its date and its credential's iat and validFrom are the day and moment it is issued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CertificateEntity issue(CandidateEntity holder, CertificateKind kind, List<String> ccps) {
        OffsetDateTime issuedAt = OffsetDateTime.now(clock);
        CertificateEntity c = new CertificateEntity();
        c.number = newNumber();
        c.candidateId = holder.candidateId;
        c.kind = kind;
        c.ccps = ccps;
        c.issuedOn = issuedAt.toLocalDate(); // the clock is in Europe/Paris: the centre's date
        c.holderInitials = initials(holder.firstName) + initials(holder.lastName);
        c.status = CertificateStatus.VALID;
        String name = holder.firstName == null && holder.lastName == null ? null // erased: the credential names no one
                : ((holder.firstName == null ? "" : holder.firstName) + " " + (holder.lastName == null ? "" : holder.lastName)).trim();
        c.credential = signer.sign(c.number, kind, name, ccps, issuedAt);
        certificates.persist(c);
        return c;
    }

    /** Revoked for good, with its reason; the answer is the certificate's public verification, which now says REVOKED. */
    @Transactional
    public VerificationView revoke(String number, String reason) {
        CertificateEntity c = certificates.findByIdOptional(number).orElseThrow(() -> new ResourceNotFoundException("certificate", number));
        c.status = c.status.revoked();
        c.revokedReason = reason;
        c.revokedAt = OffsetDateTime.now(clock);
        return Views.verification(c, config.title());
    }

    /** 16 random characters (80 bits) in 4 groups: unique and not guessable. */
    static String newNumber() {
        StringBuilder sb = new StringBuilder("MSADS");
        for (int i = 0; i < 16; i++) {
            if (i % 4 == 0) sb.append('-');
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String initials(String name) {
        return name == null || name.isBlank() ? "?" : name.trim().substring(0, 1).toUpperCase() + ".";
    }
}
