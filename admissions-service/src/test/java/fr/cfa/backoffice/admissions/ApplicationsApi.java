package fr.cfa.backoffice.admissions;

import static io.restassured.RestAssured.given;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** Drives the admissions API as its users would. */
public final class ApplicationsApi {
    public static final String OFFICER = TestTokens.forUser("admissions-officer", "olivia.officer");
    public static final String MANAGER = TestTokens.forUser("manager", "max.manager");
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** When the interview scheduled by {@link #schedule} takes place, per application. */
    private static final Map<String, OffsetDateTime> INTERVIEWS = new ConcurrentHashMap<>();

    private ApplicationsApi() {}

    public static String prescriberToken(UUID prescriberId) {
        return TestTokens.forUser("prescriber", "mission-locale-" + prescriberId.toString().substring(0, 4), "prescriber_id", prescriberId.toString());
    }

    /** An eligible profile: 25 at the cohort's start, CAP in the social field. */
    public static String body(UUID cohortId, LocalDate birthDate, boolean rqth, String level, boolean social, int relevantMonths) {
        return "{\"cohortId\":\"" + cohortId + "\","
                + "\"person\":{\"firstName\":\"Imane\",\"lastName\":\"Benali\",\"birthDate\":\"" + birthDate + "\","
                + "\"email\":\"imane.benali@example.org\",\"phone\":\"+33 6 12 34 56 78\","
                + "\"address\":{\"street\":\"12 rue des Lilas\",\"postalCode\":\"93200\",\"city\":\"Saint-Denis\"}},"
                + "\"highestQualification\":{\"level\":\"" + level + "\",\"title\":\"CAP AEPE\",\"socialField\":" + social + "},"
                + "\"experiences\":[{\"role\":\"Adulte-relais\",\"socialOrMediation\":true,\"months\":" + relevantMonths + "}],"
                + "\"rqth\":{\"recognised\":" + rqth + (rqth ? ",\"evidenceReference\":\"MDPH-93-SECRET-REF\"" : "") + "},"
                + "\"documents\":[{\"type\":\"CV\",\"receivedOn\":\"" + receivedLately() + "\"}]}";
    }

    /** The same body with an RQTH_EVIDENCE document received besides the CV. */
    public static String withRqthEvidence(String body) {
        return body.replace("\"documents\":[", "\"documents\":[{\"type\":\"RQTH_EVIDENCE\",\"receivedOn\":\"" + receivedLately() + "\"},");
    }

    /** A receipt date in the past: ten days ago in Paris. */
    public static LocalDate receivedLately() {
        return LocalDate.now(PARIS).minusDays(10);
    }

    public static String eligibleBody(UUID cohortId) {
        return body(cohortId, TestCohorts.START.minusYears(25), false, "V", true, 0);
    }

    public static ValidatableResponse submit(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/applications").then();
    }

    public static String submitEligible(UUID cohortId) {
        return submit(OFFICER, eligibleBody(cohortId)).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse step(String method, String id, String path, String body) {
        var request = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body);
        return ("PUT".equals(method) ? request.put("/api/v1/applications/" + id + path) : request.post("/api/v1/applications/" + id + path)).then();
    }

    public static ValidatableResponse review(String id, String outcome) {
        return step("POST", id, "/review", "{\"outcome\":\"" + outcome + "\",\"reason\":\"file checked\"}");
    }

    public static ValidatableResponse review(String id, String outcome, String reason) {
        return step("POST", id, "/review", "{\"outcome\":\"" + outcome + "\",\"reason\":\"" + reason + "\"}");
    }

    public static ValidatableResponse decide(String id, String outcome, String reason) {
        return step("POST", id, "/decision", "{\"outcome\":\"" + outcome + "\",\"reason\":\"" + reason + "\"}");
    }

    /** Schedules an interview about to take place (two seconds ahead: a scheduled interview lies in the future, with room for a slow request). */
    public static ValidatableResponse schedule(String id) {
        OffsetDateTime at = OffsetDateTime.now(PARIS).plusSeconds(2);
        ValidatableResponse response = scheduleAt(id, at);
        INTERVIEWS.put(id, at);
        return response;
    }

    public static ValidatableResponse scheduleAt(String id, OffsetDateTime at) {
        return step("POST", id, "/interview", "{\"at\":\"" + at + "\",\"place\":\"CFA, salle 2\",\"interviewers\":[\"olivia.officer\",\"tom.trainer\"]}");
    }

    public static ValidatableResponse record(String id) {
        return record(id, "PRIVATE-INTERVIEW-NOTE");
    }

    /** Waits until the interview {@link #schedule} set has begun: its outcome cannot be recorded before. */
    public static void afterTheInterview(String id) {
        OffsetDateTime at = INTERVIEWS.get(id);
        if (at != null) {
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(50, TimeUnit.MILLISECONDS).until(() -> OffsetDateTime.now().isAfter(at));
        }
    }

    /** Records the interview once it has taken place. */
    public static ValidatableResponse record(String id, String notes) {
        afterTheInterview(id);
        return step("PUT", id, "/interview", "{\"attended\":true,\"motivation\":4,\"jobUnderstanding\":3,\"communication\":4,\"project\":3,"
                + "\"recommendation\":\"ADMIT\",\"notes\":\"" + notes + "\"}");
    }

    public static ValidatableResponse decide(String id, String outcome) {
        return step("POST", id, "/decision", "{\"outcome\":\"" + outcome + "\",\"reason\":\"jury decision\"}");
    }

    /** Takes an application from submission to INTERVIEWED. */
    public static String interviewed(UUID cohortId) {
        String id = submitEligible(cohortId);
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        schedule(id).statusCode(200);
        record(id).statusCode(200);
        return id;
    }
}
