package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.certification.domain.CertificateKind;
import fr.cfa.backoffice.certification.domain.CertificateStatus;
import fr.cfa.backoffice.certification.domain.SessionStatus;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.certification.persistence.CertificateEntity;
import fr.cfa.backoffice.certification.persistence.CertificateRepository;
import fr.cfa.backoffice.certification.persistence.ExamSessionEntity;
import fr.cfa.backoffice.certification.persistence.ExamSessionRepository;
import fr.cfa.backoffice.platform.testing.SqlStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every list costs the same number of SQL statements for a page of 100 as for a page of 1: no query per row. */
@QuarkusTest
class ListsCostTheSameAtAnyPageSizeTest {
    @Inject
    ExamSessionRepository sessions;

    @Inject
    CandidateRepository candidates;

    @Inject
    CertificateRepository certificates;

    @Test
    void listSessions() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 100; i++) {
                ExamSessionEntity s = new ExamSessionEntity();
                s.id = UUID.randomUUID();
                s.examDate = LocalDate.of(2030, 1, 1).plusDays(i);
                s.place = "CFA, salle " + i;
                s.capacity = 10;
                s.jury = List.of(new ExamSessionEntity.JuryMember("Mme Pro", true), new ExamSessionEntity.JuryMember("M. Pro", true));
                s.status = SessionStatus.PLANNED;
                s.createdBy = "seed";
                s.createdAt = OffsetDateTime.now();
                sessions.persist(s);
            }
        });
        SqlStatements.assertSameCostAtAnyPageSize("listSessions", 2, size -> given().auth().oauth2(OFFICER).queryParam("size", size)
                .get("/api/v1/sessions").then().statusCode(200).body("items.size()", equalTo(size)));
    }

    @Test
    void listCertificates() {
        UUID candidate = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            CandidateEntity holder = candidates.findOrCreate(candidate);
            holder.firstName = "Imane";
            holder.lastName = "Benali";
            for (int i = 0; i < 100; i++) {
                CertificateEntity c = new CertificateEntity();
                c.number = "MSADS-SEED-" + UUID.randomUUID().toString().substring(0, 18);
                c.candidateId = candidate;
                c.kind = CertificateKind.ATTESTATION;
                c.ccps = List.of("RNCP36241BC01");
                c.issuedOn = LocalDate.of(2030, 1, 1).plusDays(i);
                c.holderInitials = "I.B.";
                c.status = CertificateStatus.VALID;
                certificates.persist(c);
            }
        });
        SqlStatements.assertSameCostAtAnyPageSize("listCertificates", 2, size -> given().auth().oauth2(OFFICER).queryParam("candidateId", candidate)
                .queryParam("size", size).get("/api/v1/certificates").then().statusCode(200).body("items.size()", equalTo(size)));
    }

    /** Not a page, but rows counted: the indicators of a cohort of 100 cost the statements of a cohort of 1. */
    @Test
    void getIndicators() {
        UUID small = cohortOf(1), large = cohortOf(100);
        long one = SqlStatements.during(() -> given().queryParam("cohort", small).get("/api/v1/indicators").then().statusCode(200)
                .body("dropOut.withheld", equalTo(true)));
        long hundred = SqlStatements.during(() -> given().queryParam("cohort", large).get("/api/v1/indicators").then().statusCode(200)
                .body("dropOut.denominator", equalTo(100)));
        assertEquals(one, hundred, "getIndicators: a cohort of 100 prepared " + hundred + " statements, a cohort of 1 prepared " + one);
        assertTrue(hundred <= 1, "getIndicators: " + hundred + " statements");
    }

    private UUID cohortOf(int learners) {
        UUID cohort = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < learners; i++) {
                CandidateEntity c = candidates.findOrCreate(UUID.randomUUID());
                c.cohortId = cohort;
                c.enrolledOn = LocalDate.of(2030, 1, 6);
            }
        });
        return cohort;
    }
}
