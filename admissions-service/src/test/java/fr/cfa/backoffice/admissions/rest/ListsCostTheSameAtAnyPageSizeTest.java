package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.MANAGER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.eligibleBody;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import fr.cfa.backoffice.admissions.TestCohorts;
import fr.cfa.backoffice.admissions.domain.CohortStatus;
import fr.cfa.backoffice.admissions.persistence.CohortEntity;
import fr.cfa.backoffice.admissions.persistence.CohortRepository;
import fr.cfa.backoffice.platform.testing.SqlStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 12: every list endpoint runs the same statements for a page of 100 as for a page of 1 (no query per row). */
@QuarkusTest
class ListsCostTheSameAtAnyPageSizeTest {
    static final int BOUND = 6;

    @Inject
    CohortRepository cohorts;

    @Test
    void listApplications() {
        UUID cohort = TestCohorts.open(500);
        UUID prescriber = UUID.randomUUID();
        String body = eligibleBody(cohort);
        for (int i = 0; i < 100; i++) submit(prescriberToken(prescriber), body).statusCode(201);
        // An officer's list carries RQTH data: each row it answers is audit-logged, so it is the costliest reader.
        for (String reader : new String[] {OFFICER, MANAGER, prescriberToken(prescriber)}) {
            SqlStatements.assertSameCostAtAnyPageSize("listApplications", BOUND, size ->
                    given().auth().oauth2(reader).queryParam("cohortId", cohort).queryParam("size", size)
                            .get("/api/v1/applications").then().statusCode(200).body("items", hasSize(size)));
        }
    }

    @Test
    void listCohorts() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 100; i++) {
                CohortEntity c = new CohortEntity();
                c.id = UUID.randomUUID();
                c.code = "N1-" + c.id.toString().substring(0, 8);
                c.startDate = TestCohorts.START.plusDays(i);
                c.endDate = c.startDate.plusWeeks(24);
                c.capacity = 12;
                c.status = CohortStatus.OPEN;
                c.lastEventId = "seed-" + c.id;
                c.updatedAt = OffsetDateTime.now();
                cohorts.persist(c);
            }
        });
        SqlStatements.assertSameCostAtAnyPageSize("listCohorts", BOUND, size ->
                given().auth().oauth2(MANAGER).queryParam("status", "OPEN").queryParam("size", size)
                        .get("/api/v1/cohorts").then().statusCode(200).body("items", hasSize(size)));
    }

    @Test
    void listSensitiveDataReads() {
        UUID cohort = TestCohorts.open(12);
        String id = submit(OFFICER, eligibleBody(cohort)).statusCode(201).extract().path("id");
        for (int i = 0; i < 100; i++) given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200);
        SqlStatements.assertSameCostAtAnyPageSize("listSensitiveDataReads", BOUND, size ->
                given().auth().oauth2(MANAGER).queryParam("applicationId", id).queryParam("size", size)
                        .get("/api/v1/audit/sensitive-data-reads").then().statusCode(200).body("items", hasSize(size)));
    }
}
