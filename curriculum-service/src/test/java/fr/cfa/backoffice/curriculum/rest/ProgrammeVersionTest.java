package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.curriculum.events.CohortEventsPublicationTest;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.web.cache.PublicResponseCache;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The RNCP registration ends 2027-05-16: a revised programme is new reference data, and running cohorts keep theirs. */
@QuarkusTest
class ProgrammeVersionTest {
    static final String V1 = "6d1c3c5e-36b1-4b8e-9a2f-36241a000001";
    static final String V2 = "6d1c3c5e-36b1-4b8e-9a2f-36241a000002";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PublicResponseCache publicAnswers;

    /** Reference data changed behind the service's back, as a migration does before a restart (which starts with no kept answers). */
    void sql(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
        publicAnswers.changed();
    }

    @Test
    void a_revised_programme_applies_to_new_cohorts_while_running_cohorts_keep_their_version() throws Exception {
        String running = CohortEventsPublicationTest.schedule("V1-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2027-01-04");
        try {
            // what a migration revising the programme would do: a new version with its modules, made the active one
            sql("insert into programme_version select '" + V2 + "', code, 2, title, 'RNCP99999', level, certifier, '2032-05-16', center_weeks, employer_weeks, false "
                            + "from programme_version where id = '" + V1 + "'",
                    "insert into ccp select '" + V2 + "', code, title, position from ccp where programme_version_id = '" + V1 + "'",
                    "insert into programme_module select '" + V2 + "', code, title, position, "
                            + "case code when 'M1' then 70 when 'M8' then 21 else planned_hours end, ccp_code, certification_exam "
                            + "from programme_module where programme_version_id = '" + V1 + "'",
                    "update programme_version set active = false where id = '" + V1 + "'",
                    "update programme_version set active = true where id = '" + V2 + "'");
            given().get("/api/v1/programme").then().statusCode(200).body("version", equalTo(2)).body("rncpCode", equalTo("RNCP99999"));
            String revised = CohortEventsPublicationTest.schedule("V2-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2027-01-04");

            given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/cohorts/" + running + "/calendar").then().statusCode(200)
                    .body("weeks[2].modules[0].moduleCode", equalTo("M2"));
            given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/cohorts/" + revised + "/calendar").then().statusCode(200)
                    .body("weeks[2].modules[0].moduleCode", equalTo("M1"))
                    .body("weeks[2].modules[0].hours", equalTo(35));
        } finally {
            // whatever failed above, the tests that run later find the programme they know active again
            sql("update programme_version set active = false where id = '" + V2 + "'",
                    "update programme_version set active = true where id = '" + V1 + "'");
        }
        given().get("/api/v1/programme").then().statusCode(200).body("version", equalTo(1)).body("rncpCode", equalTo("RNCP36241"));
        String later = CohortEventsPublicationTest.schedule("V1B-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2027-01-04");
        given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/cohorts/" + later + "/calendar").then().statusCode(200)
                .body("weeks[2].modules[0].moduleCode", equalTo("M2"));
    }
}
