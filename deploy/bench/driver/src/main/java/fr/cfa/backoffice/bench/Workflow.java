package fr.cfa.backoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cfa.backoffice.bench.BenchDriver.Failed;
import fr.cfa.backoffice.bench.Http.Resp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the scenarios share: cohorts scheduled on curriculum and awaited on admissions, and the admissions workflow as
 * an admissions officer walks it (application, review, interview, its outcome, decision), each step sending back the
 * ETag of the previous answer as If-Match. Interviews are set a few seconds ahead (an outcome is recorded only once the
 * interview has begun, by the services' clock, simulated or not).
 */
final class Workflow {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String RUN_ID = Long.toString(System.currentTimeMillis() / 1000 % 60_466_176L, 36).toUpperCase(Locale.ROOT)
            + "-" + ProcessHandle.current().pid() % 10_000;

    final String curriculum;
    final String admissions;
    final String trainer;
    final String manager;
    final String officer;
    /** How far the admissions clock is ahead of real time (simulated time), zero otherwise. */
    final Duration admissionsClockAhead;
    private final AtomicReference<Instant> lastInterview = new AtomicReference<>(Instant.EPOCH);

    Workflow(Options o) {
        curriculum = o.localUrl("curriculum");
        admissions = o.localUrl("admissions");
        trainer = o.get("trainer-token");
        manager = o.get("manager-token");
        officer = o.get("officer-token");
        admissionsClockAhead = clockAhead(admissions);
    }

    /** One learner's application, as the workflow moves it along. */
    static final class Applicant {
        final int index;
        final String cohortId;
        volatile String id;
        volatile String candidateId;
        volatile String etag;
        volatile String status;

        Applicant(int index, String cohortId) {
            this.index = index;
            this.cohortId = cohortId;
        }
    }

    // ------------------------------------------------------------------------------------------------------ clocks

    /** GET {service}/q/clock: its now, or null when simulated time is off (404). */
    static OffsetDateTime clockOf(String service) {
        Resp r = Http.call("GET", service + "/q/clock", null, null);
        if (r.status() == 404) return null;
        r.expect(200, "GET " + service + "/q/clock");
        return OffsetDateTime.parse(r.text("now"));
    }

    static Duration clockAhead(String service) {
        OffsetDateTime now = clockOf(service);
        return now == null ? Duration.ZERO : Duration.between(Instant.now(), now.toInstant());
    }

    /** The centre's today by curriculum's clock (simulated or real). */
    LocalDate today() {
        return Instant.now().plus(clockAhead(curriculum)).atZone(PARIS).toLocalDate();
    }

    /** A Monday at least {@code days} days after today. */
    LocalDate mondayIn(int days) {
        return today().plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** Moves each service's simulated clock to {@code to}, in the order given (curriculum first: its events feed the others). */
    static void moveClocks(List<String> services, OffsetDateTime to) {
        for (String s : services) {
            Http.call("PUT", s + "/q/clock", null, Map.of("now", to.toString()), null, Duration.ofSeconds(120))
                    .expect(200, "PUT " + s + "/q/clock " + to);
        }
    }

    // ----------------------------------------------------------------------------------------------------- cohorts

    /** POST /api/v1/cohorts on curriculum (rhythm 1 centre week / 1 employer week): its JSON. */
    JsonNode scheduleCohort(String code, LocalDate start, int capacity) {
        Map<String, Object> body = Map.of("code", code, "startDate", start.toString(), "capacity", capacity,
                "rhythm", Map.of("initialCenterWeeks", 0, "centerWeeks", 1, "employerWeeks", 1));
        return Http.call("POST", curriculum + "/api/v1/cohorts", trainer, body).expect(201, "POST /api/v1/cohorts " + code).json();
    }

    /** Waits until admissions has every cohort (CohortScheduled by Kafka): the seconds it took. */
    double awaitOnAdmissions(List<String> cohortIds, int timeoutSeconds) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        for (String id : cohortIds) {
            int st = 0;
            while (System.nanoTime() < deadline) {
                st = Http.status(admissions + "/api/v1/cohorts/" + id, manager, Duration.ofSeconds(2));
                if (st == 200 || st == 401 || st == 403) break;
                Thread.sleep(20);
            }
            if (st != 200) throw new Failed("admissions never got cohort " + id + " (GET /api/v1/cohorts/{id} still " + st + " after " + timeoutSeconds + " s)");
        }
        return Stats.seconds(t0, System.nanoTime());
    }

    /** totalItems of GET /cohorts/{id}/enrollments?size=1 on curriculum, -1 when not 200. */
    long enrolled(String cohortId) {
        Resp r = Http.call("GET", curriculum + "/api/v1/cohorts/" + cohortId + "/enrollments?size=1", trainer, null);
        return r.status() == 200 ? r.json().path("totalItems").asLong(-1) : -1;
    }

    /** Every enrollment of a cohort, page by page (100 a page, the most the API gives): enrollment id -> candidate id. */
    Map<String, String> enrollmentsOf(String cohortId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int page = 0; page <= 1000; page++) {
            JsonNode p = Http.call("GET", curriculum + "/api/v1/cohorts/" + cohortId + "/enrollments?size=100&page=" + page, trainer, null)
                    .expect(200, "GET /cohorts/" + cohortId + "/enrollments page " + page).json();
            JsonNode items = p.path("items");
            items.forEach(e -> out.put(e.path("id").asText(), e.path("candidateId").asText()));
            if (items.size() < 100 || out.size() >= p.path("totalItems").asLong()) break;
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------- workflow

    /** Application (201), review (ACCEPTED_FOR_INTERVIEW), interview scheduled a few seconds ahead. */
    CompletableFuture<Applicant> upToInterview(Applicant a) {
        Map<String, Object> application = Map.of("cohortId", a.cohortId,
                "person", Map.of("firstName", "Bench", "lastName", "Learner" + a.index, "birthDate", "2000-05-17", "email", "l" + a.index + "@example.org"),
                "highestQualification", Map.of("level", "V", "socialField", true),
                "rqth", Map.of("recognised", false));
        return Http.async("POST", admissions + "/api/v1/applications", officer, application, null).thenApply(r -> {
            r.expect(201, "learner " + a.index + ": POST /api/v1/applications");
            JsonNode v = r.json();
            a.id = v.path("id").asText();
            a.candidateId = v.path("candidateId").asText();
            a.etag = r.etag();
            return a;
        }).thenCompose(x -> step(a, "POST", "/review", Map.of("outcome", "ACCEPTED_FOR_INTERVIEW", "reason", "bench")))
                .thenCompose(x -> step(a, "POST", "/interview", Map.of("at", interviewAt().toString(), "place", "CFA", "interviewers", List.of("bench"))));
    }

    /** The interview's outcome (attended, ADMIT): call once {@link #awaitInterviews()} returned. */
    CompletableFuture<Applicant> interviewed(Applicant a) {
        return step(a, "PUT", "/interview", Map.of("attended", true, "motivation", 4, "jobUnderstanding", 4, "communication", 4, "project", 4,
                "recommendation", "ADMIT"));
    }

    /** The decision ADMITTED; the answer's status says ADMITTED, or WAITLISTED when the cohort is full. */
    CompletableFuture<Applicant> admit(Applicant a) {
        return step(a, "POST", "/decision", Map.of("outcome", "ADMITTED", "reason", "bench"));
    }

    private CompletableFuture<Applicant> step(Applicant a, String method, String path, Object body) {
        return Http.async(method, admissions + "/api/v1/applications/" + a.id + path, officer, body, a.etag).thenApply(r -> {
            r.expect(200, "learner " + a.index + ": " + method + " /api/v1/applications/{id}" + path);
            a.etag = r.etag();
            a.status = r.text("status");
            return a;
        });
    }

    /** Now + 3 s by the admissions clock, to the second: in the future when sent (@Future), past soon after. */
    private OffsetDateTime interviewAt() {
        Instant at = Instant.now().plus(admissionsClockAhead).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        lastInterview.accumulateAndGet(at, (x, y) -> x.isAfter(y) ? x : y);
        return at.atZone(PARIS).toOffsetDateTime();
    }

    /** Sleeps until every interview scheduled so far has begun (by the admissions clock). */
    void awaitInterviews() throws InterruptedException {
        long waitMs = Duration.between(Instant.now().plus(admissionsClockAhead), lastInterview.get()).toMillis() + 500;
        if (waitMs > 0) Thread.sleep(Math.min(waitMs, 10_000));
    }

    /** Cohort sizes for {@code n} learners, at most {@code max} each, as even as can be. */
    static List<Integer> split(int n, int max) {
        int k = (n + max - 1) / max;
        List<Integer> sizes = new ArrayList<>();
        for (int c = 0; c < k; c++) sizes.add(n / k + (c < n % k ? 1 : 0));
        return sizes;
    }
}
