package fr.cfa.backoffice.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Indicators and certificate verification are answered from platform's public cache (ETag, 304) and kept current by
 * what the service applies: the next read after an event or a revocation shows it, with a new ETag.
 */
@QuarkusTest
class PublicAnswersStayCurrentTest {
    @Inject
    EntityManager em;

    @Test
    void an_applied_event_changes_the_next_indicators_answer_and_its_etag() {
        UUID cohort = UUID.randomUUID();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < IndicatorsTest.MINIMUM; i++) events.add(TestData.enrolled(UUID.randomUUID(), cohort));
        TestData.awaitAllApplied(em, events);
        String etag = given().queryParam("cohort", cohort).get("/api/v1/indicators").then().statusCode(200)
                .header("Cache-Control", "public, max-age=10").body("dropOut.numerator", equalTo(0)).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("cohort", cohort).get("/api/v1/indicators").then().statusCode(304);

        UUID leaver = UUID.randomUUID();
        TestData.awaitApplied(em, TestData.enrolled(leaver, cohort));
        TestData.awaitApplied(em, TestData.withdrawn(leaver, cohort));

        given().header("If-None-Match", etag).queryParam("cohort", cohort).get("/api/v1/indicators").then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("dropOut.numerator", equalTo(1)).body("dropOut.denominator", equalTo(IndicatorsTest.MINIMUM + 1));
    }

    @Test
    void a_revocation_shows_in_the_next_verification() {
        UUID holder = UUID.randomUUID();
        TestData.eligible(holder, UUID.randomUUID());
        String number = TestData.certified(holder);
        String etag = TestData.verification(number).statusCode(200).header("Cache-Control", "no-cache").body("status", equalTo("VALID"))
                .extract().header("ETag");
        TestData.verification(number).statusCode(200).body("status", equalTo("VALID")); // from the cache

        TestData.revoke(TestData.OFFICER, number, "{\"reason\":\"Fraude constatée au dossier\"}").statusCode(200);

        given().header("If-None-Match", etag).get("/api/v1/certificates/" + number + "/verification").then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("status", equalTo("REVOKED"));
    }

    @Test
    void an_unknown_number_issued_later_is_not_answered_unknown_from_the_cache() {
        UUID holder = UUID.randomUUID();
        TestData.eligible(holder, UUID.randomUUID());
        TestData.verification("CFA-NOT-YET-" + holder).statusCode(200).body("status", equalTo("UNKNOWN"));
        String number = TestData.certified(holder);
        TestData.verification(number).statusCode(200).body("status", equalTo("VALID"));
    }
}
