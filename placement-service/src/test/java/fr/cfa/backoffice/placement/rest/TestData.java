package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.placement.events.contract.PlacementTopics;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.EventEnvelope;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/** The builders of placement's HTTP and Kafka tests: each test makes its own employers, tutors, cohorts and learners. */
public final class TestData {
    public static final String PROBLEM = "application/problem+json";
    public static final String OFFICER = TestTokens.forUser("placement-officer", "paul.placement");
    /** The CERFA FA13 employer part of a commune (public type 22, no collective agreement). */
    public static final String COMMUNE_CERFA = "\"cerfa\":{\"typeCode\":22,\"specificEmployerCode\":0,\"nafCode\":\"84.11Z\",\"headcount\":3400,\"idcc\":\"9999\"}";
    /** The contract's part of the CERFA FA13 form, complete, signed yesterday... or today: the suite's clock may be anywhere. */
    public static final String CONTRACT_CERFA = "\"mode\":1,\"type\":11,\"hazardousWork\":false,\"situationBefore\":\"4\","
            + "\"lastDiplomaOrClass\":\"41\",\"highestDiploma\":\"43\"";
    public static final String ALL_RATINGS = "{\"ORGANISE_INTERVENTIONS\":\"ACQUIRED\",\"WATCH_ASSIGNED_ZONE\":\"ACQUIRED\",\"CONTACT_LOCAL_POPULATION\":\"IN_PROGRESS\","
            + "\"WELCOME_AND_INFORM\":\"ACQUIRED\",\"IDENTIFY_TENSIONS\":\"ACQUIRED\",\"REGULATE_CONFLICTS\":\"IN_PROGRESS\",\"TRACK_ACTIVITY\":\"ACQUIRED\","
            + "\"NETWORKS_AND_WATCH\":\"NOT_ACQUIRED\"}";
    static int siretCounter = (int) (System.nanoTime() % 100000);

    private TestData() {}

    /** Today as the service sees it: the suite's clock, in the centre's zone (what NotInTheFuture compares with). */
    public static LocalDate today() {
        return LocalDate.now(io.quarkus.arc.Arc.container().instance(java.time.Clock.class).get());
    }

    /** The Monday {@code weeks} weeks before this week's Monday, by the suite's clock. */
    public static LocalDate mondayWeeksAgo(int weeks) {
        return today().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(weeks);
    }

    /** A fresh Luhn-valid SIRET (14 digits) for each employer. */
    public static synchronized String newSiret() {
        String base = String.format("%013d", 7328293200000L + (siretCounter++ * 10L) % 9_000_000L);
        for (int check = 0; check <= 9; check++) {
            String candidate = base + check;
            if (luhn(candidate)) return candidate;
        }
        throw new IllegalStateException();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    public static String employer() {
        return employer(newSiret());
    }

    /** An employer registered with this SIRET, as the user typed it (spaces are normalised away); answers its id. */
    public static String employer(String siret) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Ville de Saint-Denis\",\"siret\":\"" + siret + "\",\"kind\":\"COLLECTIVITE_TERRITORIALE\",\"sector\":\"PUBLIC\","
                        + "\"street\":\"2 place Victor Hugo\",\"postalCode\":\"93200\",\"city\":\"Saint-Denis\"," + COMMUNE_CERFA + "}")
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse tutor(String employerId, Integer level, boolean relevant, int months) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"firstName\":\"Tina\",\"lastName\":\"Tutor\",\"diplomaTitle\":\"DE Médiateur social\",\"diplomaLevel\":" + level
                        + ",\"diplomaRelevant\":" + relevant + ",\"relevantExperienceMonths\":" + months
                        + ",\"jobTitle\":\"Responsable médiation\",\"birthDate\":\"1984-05-12\"}")
                .post("/api/v1/employers/" + employerId + "/tutors").then();
    }

    /** A qualified tutor of {@code employerId} (relevant level 5 diploma, 24 months). */
    public static String qualifiedTutor(String employerId) {
        return tutor(employerId, 5, true, 24).statusCode(201).extract().path("id");
    }

    /** A cohort announced by curriculum, alternating 1 centre / 1 employer week from {@code start}, and one admitted learner. */
    public static UUID cohortWithLearner(LocalDate start, UUID candidate) {
        UUID cohort = announceCohort(start);
        admit(candidate, cohort);
        return cohort;
    }

    /** As {@link #cohortWithLearner(LocalDate, UUID)}, curriculum announcing the exam week (M9) starting {@code examWeekStart}. */
    public static UUID cohortWithLearner(LocalDate start, UUID candidate, LocalDate examWeekStart) {
        UUID cohort = announceCohort(start, examWeekStart);
        admit(candidate, cohort);
        return cohort;
    }

    /** A cohort announced by curriculum, alternating 1 centre / 1 employer week from {@code start}, as events without examWeekStart were. */
    public static UUID announceCohort(LocalDate start) {
        return announceCohort(start, null);
    }

    /** A cohort announced by curriculum, alternating 1 centre / 1 employer week from {@code start}; no examWeekStart when null. */
    public static UUID announceCohort(LocalDate start, LocalDate examWeekStart) {
        UUID cohort = UUID.randomUUID();
        List<String> employerWeeks = new ArrayList<>();
        for (int week = 1; week < 24; week += 2) if (employerWeeks.size() < 13) employerWeeks.add("\"" + start.plusWeeks(week) + "\"");
        employerWeeks.add("\"" + start.plusWeeks(23) + "\"");
        KafkaTestClient.send(CurriculumTopics.COHORTS, cohort.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/curriculum-service",
                "CohortScheduled.v1", cohort, "{\"cohortId\":\"" + cohort + "\",\"code\":\"P-1\",\"startDate\":\"" + start + "\",\"endDate\":\""
                        + start.plusWeeks(24).minusDays(1) + "\",\"capacity\":12,\"status\":\"OPEN\",\"employerWeekStarts\":["
                        + String.join(",", employerWeeks.subList(0, 13)) + "]"
                        + (examWeekStart == null ? "" : ",\"examWeekStart\":\"" + examWeekStart + "\"") + "}"));
        return cohort;
    }

    /** CandidateAdmitted.v1 as admissions publishes it, under a fresh event id. */
    public static String admittedEvent(UUID candidate, UUID cohort) {
        return KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service",
                "CandidateAdmitted.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohort + "\",\"firstName\":\"Imane\","
                        + "\"lastName\":\"Benali\",\"birthDate\":\"2001-04-12\",\"email\":\"imane@example.org\",\"phone\":\"+33 6 12 34 56 78\","
                        + "\"admittedAt\":\"2026-11-01T10:00:00Z\"}");
    }

    /**
     * Admits the candidate and waits until the learner is placeable AND its cohort is known: the cohort comes from
     * curriculum.cohorts, the learner from admissions.applications, two channels with no order between them, so a learner
     * can be listed (its cohort left-joined, cohortStart null) while signing still answers 422 unknown-cohort.
     */
    public static void admit(UUID candidate, UUID cohort) {
        admit(candidate, cohort, LocalDate.parse("2001-04-12"));
    }

    /** As {@link #admit(UUID, UUID)}, the learner born on {@code birthDate}. */
    public static void admit(UUID candidate, UUID cohort, LocalDate birthDate) {
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), admittedEvent(candidate, cohort).replace("2001-04-12", birthDate.toString()));
        // 60 s: on a fresh broker the first test waits for the consumers to find the new topics (seen above 20 s on 2 busy cores)
        Awaitility.await().atMost(60, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200)
                        .body("items.find { it.candidateId == '" + candidate + "' }.cohortStart", not(equalTo(null))));
    }

    /** Admits the candidate into a cohort placement never heard of, and waits until the learner is listed. */
    public static void admitWithoutCohort(UUID candidate, UUID cohort) {
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), admittedEvent(candidate, cohort));
        Awaitility.await().atMost(60, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200)
                        .body("items.candidateId", hasItem(candidate.toString())));
    }

    /** Curriculum's LearnerWithdrawn, then waits until the learner has left the placeable learners. */
    public static void withdraw(UUID candidate, UUID cohort) {
        KafkaTestClient.send(CurriculumTopics.LEARNERS, candidate.toString(), asPublishedBy("curriculum-service", LearnerWithdrawnV1.TYPE, candidate,
                new LearnerWithdrawnV1(UUID.randomUUID(), candidate, cohort, LocalDate.parse("2026-11-30"))));
        awaitGone(candidate, cohort);
    }

    /** Admissions' CandidateErased, then waits until the learner has left the placeable learners. */
    public static void erase(UUID candidate, UUID cohort) {
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), asPublishedBy("admissions-service", CandidateErasedV1.TYPE, candidate,
                new CandidateErasedV1(candidate, OffsetDateTime.parse("2026-11-30T09:00:00Z"))));
        awaitGone(candidate, cohort);
    }

    public static void awaitGone(UUID candidate, UUID cohort) {
        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200)
                        .body("items.candidateId", not(hasItem(candidate.toString()))));
    }

    /** An event as its producer's contract record serialises, in the CloudEvents envelope of the outbox. */
    public static String asPublishedBy(String producer, String type, UUID subject, Object data) {
        return EventCodec.write(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/" + producer, type, subject.toString(),
                OffsetDateTime.parse("2026-11-30T10:00:00+01:00"), "application/json", EventCodec.toTree(data)));
    }

    /** {@code "cerfa":{...}}: the contract's part of the form, complete, practical training from {@code start}, signed today. */
    public static String signedCerfa(String start) {
        return "\"cerfa\":{" + CONTRACT_CERFA + ",\"practicalTrainingStartDate\":\"" + start + "\",\"signatureDate\":\"" + today() + "\"}";
    }

    /** A contract signed at once, its CERFA FA13 part complete: practical training from its start, signed today (the suite's clock). */
    public static String contractBody(UUID candidate, String employerId, String tutorId, String start, String end) {
        return "{\"candidateId\":\"" + candidate + "\",\"employerId\":\"" + employerId + "\",\"tutorId\":\"" + tutorId + "\",\"startDate\":\"" + start
                + "\",\"endDate\":\"" + end + "\",\"weeklyHours\":35,\"cerfa\":{" + CONTRACT_CERFA + ",\"practicalTrainingStartDate\":\"" + start
                + "\",\"signatureDate\":\"" + today() + "\"}}";
    }

    public static ValidatableResponse sign(UUID candidate, String employerId, String tutorId, String start, String end) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(contractBody(candidate, employerId, tutorId, start, end))
                .post("/api/v1/contracts").then().log().ifValidationFails();
    }

    /** A termination the OPCO or DDETS and the CFA were told of today (the suite's clock). */
    public static ValidatableResponse terminate(String token, String contractId, LocalDate date, String initiator, String ground) {
        return terminate(token, contractId, "{\"date\":\"" + date + "\",\"initiator\":\"" + initiator + "\",\"ground\":\"" + ground
                + "\",\"reason\":\"motif\"," + informedToday() + "}");
    }

    /** {@code "filingBodyInformedOn":…,"cfaInformedOn":…}: both informed today (the suite's clock). */
    public static String informedToday() {
        return "\"filingBodyInformedOn\":\"" + today() + "\",\"cfaInformedOn\":\"" + today() + "\"";
    }

    public static ValidatableResponse terminate(String token, String contractId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts/" + contractId + "/termination").then().log().ifValidationFails();
    }

    /** The contracts placement holds for this learner, whatever their status (the officer's list, by employer). */
    public static int contractsOf(String employerId) {
        return given().auth().oauth2(OFFICER).queryParam("employerId", employerId).get("/api/v1/contracts").then().statusCode(200)
                .extract().path("totalItems");
    }

    /**
     * "Published once", on raw records: waits until the outbox has published one {@code type} for the candidate, then
     * counts every record of that type keyed by the candidate up to a later sentinel (duplicates included).
     */
    public static List<ConsumerRecord<String, String>> publishedOf(UUID candidate, String type) {
        KafkaTestClient.readUntil(PlacementTopics.CONTRACTS, Duration.ofSeconds(30), read -> read.stream().anyMatch(r -> isOf(r, candidate, type)));
        return KafkaTestClient.recordsBeforeSentinel(PlacementTopics.CONTRACTS, candidate.toString(), Duration.ofSeconds(30)).stream()
                .filter(r -> isOf(r, candidate, type)).toList();
    }

    public static void assertPublishedOnce(UUID candidate, String type) {
        assertEquals(1, publishedOf(candidate, type).size(), type + " published once for " + candidate);
    }

    /** Every record of the topic keyed by the candidate up to a sentinel: nothing published for it means an empty list. */
    public static List<String> typesPublishedFor(UUID candidate) {
        return KafkaTestClient.recordsBeforeSentinel(PlacementTopics.CONTRACTS, candidate.toString(), Duration.ofSeconds(30)).stream()
                .map(r -> EventCodec.read(r.value()).type()).toList();
    }

    private static boolean isOf(ConsumerRecord<String, String> r, UUID candidate, String type) {
        return candidate.toString().equals(r.key()) && type.equals(EventCodec.read(r.value()).type());
    }
}
