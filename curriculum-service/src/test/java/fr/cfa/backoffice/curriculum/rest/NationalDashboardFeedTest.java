package fr.cfa.backoffice.curriculum.rest;

import static fr.cfa.backoffice.curriculum.rest.StateDashboardProfile.KEY;
import static fr.cfa.backoffice.curriculum.rest.StateDashboardProfile.STATE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.curriculum.events.CohortEventsPublicationTest;
import fr.cfa.backoffice.curriculum.events.Journey;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The national dashboard feed against a stub of the State's endpoint that checks the key, the batch size and every
 * record's fields: the record follows the journey, each version sent once; the State's answers 429, 500 and 401; a
 * record refused with its field; the State's view on day 91. The tests that move the (simulated) clock run last, since
 * the others build their dates on fixed days of 2027.
 */
@QuarkusTest
@TestProfile(StateDashboardProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalDashboardFeedTest {
    static final String MANAGER = TestTokens.forUser("manager", "maud.manager");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void theStateAnswersNormally() {
        STATE.reset();
    }

    static JsonPath transmit() {
        return given().auth().oauth2(MANAGER).post("/api/v1/national-dashboard/transmissions").then().statusCode(201)
                .contentType("application/json").extract().jsonPath();
    }

    /** Every version of the learner's record the State accepted, oldest first. */
    static List<JsonNode> versions(Journey j) {
        return STATE.versionsOf(j.enrollmentId());
    }

    static JsonNode last(Journey j) {
        List<JsonNode> versions = versions(j);
        assertFalse(versions.isEmpty(), "the State has no record of " + j.enrollmentId());
        return versions.get(versions.size() - 1);
    }

    @Test
    @Order(1)
    void the_record_follows_the_journey_from_inscrit_to_apprenti_to_rupture_to_fin_de_formation_each_version_sent_once() {
        Journey j = Journey.enrolled(); // admitted 2026-12-01 to a cohort starting 2027-01-04

        JsonPath first = transmit();
        assertEquals("COMPLETED", first.getString("state"));
        assertEquals("MANUAL", first.getString("trigger"));
        assertEquals("maud.manager", first.getString("requestedBy"));
        assertEquals(1, versions(j).size());
        JsonNode inscrit = last(j);
        assertEquals(2, inscrit.get("statut_apprenant").asInt());
        assertEquals("2026-2027", inscrit.get("annee_scolaire").asText());
        assertEquals("BENALI", inscrit.get("nom_apprenant").asText().toUpperCase());
        assertEquals("2001-04-12", inscrit.get("date_de_naissance_apprenant").asText());
        assertEquals("2026-12-01", inscrit.get("date_inscription_formation").asText());
        assertEquals("2027-01-04", inscrit.get("date_entree_formation").asText());
        assertEquals("0932751K", inscrit.get("etablissement_responsable_uai").asText());
        assertEquals("RNCP36241", inscrit.get("formation_rncp").asText());
        assertFalse(inscrit.has("contrat_date_debut"));

        // the same state again: nothing of this learner is sent
        int requests = STATE.requests();
        transmit();
        assertEquals(1, versions(j).size(), "an unchanged record is not sent again");
        assertTrue(STATE.requests() <= requests + 1);

        UUID contract = UUID.randomUUID();
        j.signContract(contract, "2027-01-18");
        transmit();
        JsonNode apprenti = last(j);
        assertEquals(2, versions(j).size());
        assertEquals(3, apprenti.get("statut_apprenant").asInt());
        assertEquals("2027-01-18", apprenti.get("contrat_date_debut").asText());
        assertEquals("2027-06-30", apprenti.get("contrat_date_fin").asText());
        assertEquals(Journey.EMPLOYER_SIRET, apprenti.get("siret_employeur").asText());
        assertFalse(apprenti.has("contrat_date_rupture"));

        j.terminateContract(contract, "2027-02-26", "MUTUAL_AGREEMENT");
        transmit();
        JsonNode rupture = last(j);
        assertEquals(3, versions(j).size());
        assertEquals(2, rupture.get("statut_apprenant").asInt());
        assertEquals("2027-02-26", rupture.get("contrat_date_rupture").asText());
        assertEquals("Rupture d'un commun accord", rupture.get("cause_rupture_contrat").asText());

        j.certify("WHOLE_TITLE", "2027-06-20T10:00:00+02:00");
        transmit();
        JsonNode finished = last(j);
        assertEquals(4, versions(j).size(), "each version once");
        assertTrue(finished.get("obtention_diplome_formation").asBoolean());
        assertEquals("2027-06-20", finished.get("date_obtention_diplome_formation").asText());
        given().auth().oauth2(MANAGER).queryParam("on", "2027-06-21").queryParam("cohortId", j.cohortId).get("/api/v1/national-dashboard/preview")
                .then().statusCode(200)
                .body("items.find { it.enrollmentId == '" + j.enrollmentId() + "' }.stateStatus", equalTo("FIN_DE_FORMATION"))
                .body("items.find { it.enrollmentId == '" + j.enrollmentId() + "' }.agrees", equalTo(true));

        // what GET /records answers is what the State received, field for field; never RQTH or NIR
        JsonNode answered = recordOf(j, "2026-2027");
        assertEquals(finished, answered);
        assertFalse(answered.has("rqth_apprenant") || answered.has("date_rqth_apprenant") || answered.has("nir_apprenant"));
        assertEquals(0, STATE.forbiddenFieldsSeen());
        for (StateDashboardBatch batch : batchesWith(j)) assertTrue(batch.invalidIds.isEmpty() || !batch.invalidIds.contains(j.enrollmentId()));
    }

    record StateDashboardBatch(int size, List<String> invalidIds) {}

    static List<StateDashboardBatch> batchesWith(Journey j) {
        List<StateDashboardBatch> out = new ArrayList<>();
        STATE.batches().forEach(b -> {
            if (b.records().stream().anyMatch(r -> j.enrollmentId().equals(r.path("id_erp_apprenant").asText()))) {
                out.add(new StateDashboardBatch(b.size(), b.invalid().stream().map(i -> i.path("id_erp_apprenant").asText()).toList()));
            }
        });
        return out;
    }

    JsonNode recordOf(Journey j, String schoolYear) {
        for (int page = 0; ; page++) {
            String body = given().auth().oauth2(MANAGER).queryParam("schoolYear", schoolYear).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/national-dashboard/records").then().statusCode(200).extract().asString();
            try {
                JsonNode items = json.readTree(body).get("items");
                if (items.isEmpty()) throw new AssertionError("no record of " + j.enrollmentId() + " in " + schoolYear);
                for (JsonNode item : items) if (j.enrollmentId().equals(item.get("id_erp_apprenant").asText())) return item;
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    @Order(2)
    void the_state_answering_429_twice_then_200_loses_nothing() {
        Journey j = Journey.enrolled();
        STATE.answerNext(429, 2);
        JsonPath t = transmit();
        assertEquals("COMPLETED", t.getString("state"));
        assertTrue(STATE.requests() >= 3, "two refusals, then the batch");
        assertEquals(1, versions(j).size());
    }

    @Test
    @Order(3)
    void a_500_is_retried_and_the_batch_arrives() {
        Journey j = Journey.enrolled();
        STATE.answerNext(500, 1);
        assertEquals("COMPLETED", transmit().getString("state"));
        assertEquals(1, versions(j).size());
    }

    @Test
    @Order(4)
    void a_401_stops_the_transmission_alerts_without_the_key_and_the_next_one_sends_what_was_left() {
        Journey j = Journey.enrolled();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger("fr.cfa.backoffice.curriculum.domain.nationaldashboard");
        logger.addHandler(capture);
        try {
            STATE.rejectAlways(401);
            JsonPath refused = transmit();
            assertEquals("UNAUTHORIZED", refused.getString("state"));
            assertTrue(refused.getString("failure").contains("401"), refused.getString("failure"));
            assertEquals(0, refused.getInt("sent"));
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(l -> l.contains("refused the exchange key")), logged.toString());
        assertTrue(logged.stream().noneMatch(l -> l.contains(KEY)), "the key is never logged");
        assertEquals(1.0, metrics.get("national_dashboard.key.refused").gauge().value());
        given().auth().oauth2(MANAGER).get("/api/v1/national-dashboard/transmissions").then().statusCode(200)
                .body("items[0].state", equalTo("UNAUTHORIZED"));
        assertTrue(versions(j).isEmpty());

        STATE.reset(); // the key is replaced
        assertEquals("COMPLETED", transmit().getString("state"));
        assertEquals(1, versions(j).size(), "nothing lost");
        assertEquals(0.0, metrics.get("national_dashboard.key.refused").gauge().value());
    }

    @Test
    @Order(5)
    void a_record_the_state_refuses_comes_back_with_its_field_and_a_link_to_the_learner() {
        Journey j = Journey.inANewCohortStarting("2027-01-04");
        KafkaTestClient.send("admissions.applications", j.candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
                "/admissions-service", "CandidateAdmitted.v1", j.candidate, "{\"candidateId\":\"" + j.candidate + "\",\"applicationId\":\""
                        + UUID.randomUUID() + "\",\"cohortId\":\"" + j.cohortId + "\",\"firstName\":\"Imane\",\"lastName\":\"Benali\","
                        + "\"birthDate\":\"2001-04-12\",\"email\":\"imane.example.org\",\"fromWaitlist\":false,"
                        + "\"admittedAt\":\"2026-12-01T10:00:00+01:00\"}"));
        j.awaitStatus("INSCRIT_SANS_CONTRAT");

        JsonPath t = transmit();
        assertEquals("COMPLETED", t.getString("state"));
        assertTrue(t.getInt("rejected") >= 1);
        Map<String, Object> rejection = t.getMap("rejections.find { it.enrollmentId == '" + j.enrollmentId() + "' }");
        assertNotNull(rejection, t.prettify());
        assertEquals("email_contact", rejection.get("field"));
        assertEquals("/api/v1/enrollments/" + j.enrollmentId(), rejection.get("learner"));
        assertTrue(versions(j).isEmpty());
        given().auth().oauth2(MANAGER).get("/api/v1/national-dashboard/transmissions/" + t.getString("id")).then().statusCode(200)
                .body("rejections.find { it.enrollmentId == '" + j.enrollmentId() + "' }.field", equalTo("email_contact"));

        // the same refused state is not sent again until it changes
        JsonPath again = transmit();
        assertNull(again.getMap("rejections.find { it.enrollmentId == '" + j.enrollmentId() + "' }"));
    }

    @Test
    @Order(6)
    void the_lists_refuse_what_they_cannot_read_and_partners_or_officers_outside_the_feed() {
        given().auth().oauth2(MANAGER).queryParam("schoolYear", "2026-2028").get("/api/v1/national-dashboard/records").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors[0].field", equalTo("schoolYear"));
        given().auth().oauth2(MANAGER).queryParam("stateStatus", "GONE").get("/api/v1/national-dashboard/preview").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("admissions-officer")).get("/api/v1/national-dashboard/records").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("trainer")).post("/api/v1/national-dashboard/transmissions").then().statusCode(403);
        given().auth().oauth2(MANAGER).get("/api/v1/national-dashboard/transmissions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Reads the suite clock (simulated in this profile). */
    static OffsetDateTime now() {
        return OffsetDateTime.parse(given().get("/q/clock").then().statusCode(200).extract().path("now"));
    }

    static void moveClockTo(OffsetDateTime target) {
        given().contentType("application/json").body("{\"now\":\"" + target + "\"}").put("/q/clock").then().statusCode(200);
    }

    @Test
    @Order(10)
    void on_day_91_without_a_contract_the_state_counts_abandon_the_learner_is_to_accompany_and_the_daily_job_ran_once() {
        LocalDate start = now().toLocalDate().plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Journey j = Journey.inANewCohortStarting(start.toString()).admit(); // admitted before the start: the 90 days count from it
        String me = "items.find { it.enrollmentId == '" + j.enrollmentId() + "' }";

        given().auth().oauth2(MANAGER).queryParam("on", start.plusDays(90).toString()).queryParam("cohortId", j.cohortId)
                .get("/api/v1/national-dashboard/preview").then().statusCode(200)
                .body(me + ".stateStatus", equalTo("INSCRIT"))
                .body(me + ".nextStateStatus", equalTo("ABANDON"))
                .body(me + ".nextChangeOn", equalTo(start.plusDays(91).toString()))
                .body(me + ".daysBeforeAbandon", equalTo(1));
        given().auth().oauth2(MANAGER).queryParam("on", start.plusDays(90).toString()).get("/api/v1/enrollments/to-accompany").then()
                .statusCode(200).body("findAll { it.enrollmentId == '" + j.enrollmentId() + "' }.size()", equalTo(0));

        STATE.reset();
        LocalDate day91 = start.plusDays(91);
        moveClockTo(day91.atTime(9, 0).atZone(PARIS).toOffsetDateTime());

        given().auth().oauth2(MANAGER).queryParam("cohortId", j.cohortId).get("/api/v1/national-dashboard/preview").then().statusCode(200)
                .body(me + ".status", equalTo("INSCRIT_SANS_CONTRAT"))
                .body(me + ".stateStatus", equalTo("ABANDON"))
                .body(me + ".stateStatusSince", equalTo(day91.toString()))
                .body(me + ".agrees", equalTo(false));
        given().auth().oauth2(TestTokens.forRole("placement-officer")).get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("find { it.enrollmentId == '" + j.enrollmentId() + "' }.daysElapsed", equalTo(91))
                .body("find { it.enrollmentId == '" + j.enrollmentId() + "' }.limitDays", equalTo(90));

        // the clock's move ran the day's transmission, once, whatever the later moves of the same day
        moveClockTo(day91.atTime(11, 0).atZone(PARIS).toOffsetDateTime());
        List<Map<String, Object>> daily = given().auth().oauth2(MANAGER).queryParam("size", 100).get("/api/v1/national-dashboard/transmissions")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.trigger == 'DAILY' && it.startedAt.startsWith('" + day91 + "') }");
        assertEquals(1, daily.size(), daily.toString());
        assertEquals("COMPLETED", daily.get(0).get("state"));
        assertEquals(1, versions(j).size(), "the learner's record went with the daily transmission");
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    @Order(11)
    void a_day_claimed_by_a_replica_that_died_before_sending_is_sent_by_another_after_thirty_minutes() throws Exception {
        LocalDate day = now().toLocalDate().plusDays(1);
        OffsetDateTime claimedAt = day.atTime(3, 0).atZone(PARIS).toOffsetDateTime();
        try (Connection c = dataSource.getConnection();
             PreparedStatement claim = c.prepareStatement("insert into national_dashboard_daily_run (day, claimed_at) values (?, ?)")) {
            claim.setObject(1, day);
            claim.setObject(2, claimedAt);
            claim.executeUpdate(); // a replica claimed the day at 03:00, then died: no transmission began
        }
        String daily = "items.findAll { it.trigger == 'DAILY' && it.startedAt.startsWith('" + day + "') }";

        moveClockTo(claimedAt.plusMinutes(29));
        assertEquals(0, given().auth().oauth2(MANAGER).queryParam("size", 100).get("/api/v1/national-dashboard/transmissions")
                .then().statusCode(200).extract().jsonPath().getList(daily).size(), "29 minutes on, the claimant may still be sending");

        moveClockTo(claimedAt.plusMinutes(31));
        List<Map<String, Object>> sent = given().auth().oauth2(MANAGER).queryParam("size", 100).get("/api/v1/national-dashboard/transmissions")
                .then().statusCode(200).extract().jsonPath().getList(daily);
        assertEquals(1, sent.size(), "31 minutes on, the next check took the day over: " + sent);
        assertEquals("COMPLETED", sent.get(0).get("state"));

        moveClockTo(claimedAt.plusMinutes(90));
        assertEquals(1, given().auth().oauth2(MANAGER).queryParam("size", 100).get("/api/v1/national-dashboard/transmissions")
                .then().statusCode(200).extract().jsonPath().getList(daily).size(), "once sent, the day is not sent again");
    }
}
