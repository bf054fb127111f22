package fr.cfa.backoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cfa.backoffice.bench.BenchDriver.Failed;
import fr.cfa.backoffice.bench.Http.Resp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code replica-kill --admissions URL,URL --curriculum URL,URL --placement URL,URL --certification URL,URL
 * --officer-token T --trainer-token T --manager-token T --placement-token T --kill-pids P,P,P,P [--count 200]
 * [--in-flight 16] [--ids-out FILE]}
 * <p>
 * The two-replica kill test (issue 17), against {@code up.sh --replicas 2 --simulated-time}: the second URL of each list is
 * the instance that dies. COUNT candidates are admitted into one cohort, each walked through the whole workflow
 * (application with an Idempotency-Key, review, interview, its outcome, decision ADMITTED) by IN_FLIGHT workers, their
 * requests spread round-robin over the admissions instances. Halfway (COUNT / 2 decisions answered) every clock is moved
 * to the next day, 07:00 in Paris (the daily jobs' time: both curriculum instances are moved at once, so both try the
 * day's runs), and the second instance of each service is SIGKILLed with requests in flight.
 * <p>
 * A request that finds its instance dead is taken again on a live one: a creation with the same Idempotency-Key (its
 * first answer, if the dead instance committed it), a step after reading the application's state (done, if the dead
 * instance committed it; else sent again). Afterwards the survivors' clocks move one more day (the daily jobs again, on
 * the survivors alone), and the test checks what users see: every candidate ADMITTED, enrolled exactly once on
 * curriculum, placeable exactly once on placement, and one daily national dashboard transmission for each of the two days.
 * The database-side checks (one scheduled run per day, one event per candidate) and the partitions are deploy/replicas/kill-test.sh's.
 */
final class ReplicaKill {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final List<String> admissions;
    private final List<String> curriculum;
    private final List<String> placement;
    private final List<String> certification;
    private final String officer;
    private final String trainer;
    private final String manager;
    private final String placementOfficer;
    private final Set<String> dead = ConcurrentHashMap.newKeySet();
    private final AtomicInteger roundRobin = new AtomicInteger();
    /** How far the admissions clock is ahead of real time; changes when the clocks move. */
    private volatile Duration admissionsAhead;
    /** Workers scheduling an interview hold it shared; moving the clocks holds it alone (no interview set on a stale clock). */
    private final ReadWriteLock clockLock = new ReentrantReadWriteLock();

    // what happened to requests
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger lostInFlight = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger replayedCreations = new AtomicInteger();
    private final AtomicInteger committedBeforeDeath = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private final AtomicInteger crossChecked = new AtomicInteger();

    private ReplicaKill(Options o) {
        admissions = urls(o, "admissions");
        curriculum = urls(o, "curriculum");
        placement = urls(o, "placement");
        certification = urls(o, "certification");
        officer = o.get("officer-token");
        trainer = o.get("trainer-token");
        manager = o.get("manager-token");
        placementOfficer = o.get("placement-token");
    }

    private static List<String> urls(Options o, String name) {
        List<String> list = Arrays.stream(o.get(name).split(",")).map(Options::local).toList();
        if (list.size() != 2) throw new Failed("--" + name + " takes the two instances' URLs, the one to kill second");
        return list;
    }

    static void run(Options o) throws Exception {
        new ReplicaKill(o).test(o);
    }

    private void test(Options o) throws Exception {
        int count = o.integer("count", 200, 2, 200); // one cohort: curriculum takes at most 200 seats
        int inFlight = o.integer("in-flight", 16, 1, 64);
        List<Long> killPids = Arrays.stream(o.get("kill-pids").split(",")).map(Long::parseLong).toList();
        String idsOut = o.get("ids-out", null);

        admissionsAhead = Workflow.clockAhead(admissions.get(0));
        LocalDate today = Instant.now().plus(Workflow.clockAhead(curriculum.get(0))).atZone(PARIS).toLocalDate();
        LocalDate day1 = today.plusDays(1);
        LocalDate day2 = today.plusDays(2);
        LocalDate start = today.plusDays(28).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        String code = "KILL-" + Workflow.RUN_ID;
        JsonNode cohort = Http.call("POST", curriculum.get(0) + "/api/v1/cohorts", trainer,
                Map.of("code", code, "startDate", start.toString(), "capacity", count,
                        "rhythm", Map.of("initialCenterWeeks", 0, "centerWeeks", 1, "employerWeeks", 1)))
                .expect(201, "POST /api/v1/cohorts " + code).json();
        String cohortId = cohort.path("id").asText();
        awaitCohort(cohortId);
        System.out.printf(Locale.ROOT, "  cohort %s (%s, %d seats, starts %s); today %s by the clocks; %d candidates, %d in flight%n",
                code, cohortId, count, start, today, count, inFlight);
        System.out.flush();

        // --- the admissions, with the kill halfway
        AtomicInteger decided = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        Map<Integer, String> candidateIds = new ConcurrentHashMap<>();
        Map<Integer, String> finalStatus = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        double[] killedAt = {0};
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int index = i;
            runs.add(pool.submit(() -> {
                Candidate c = new Candidate(index, cohortId);
                admit(c);
                candidateIds.put(index, c.candidateId);
                finalStatus.put(index, c.status);
                if (decided.incrementAndGet() == count / 2 && killed.compareAndSet(false, true)) {
                    moveClocks(List.of(curriculum, admissions, placement, certification), day1.atTime(7, 0).atZone(PARIS).toOffsetDateTime(), true);
                    for (long pid : killPids) {
                        ProcessHandle.of(pid).ifPresentOrElse(ProcessHandle::destroyForcibly, () -> {
                            throw new Failed("no process " + pid + " to kill");
                        });
                    }
                    dead.addAll(List.of(admissions.get(1), curriculum.get(1), placement.get(1), certification.get(1)));
                    killedAt[0] = Stats.seconds(t0, System.nanoTime());
                    System.out.printf(Locale.ROOT, "  %d decisions answered after %.1f s: clocks moved to %s 07:00 (Paris), then SIGKILL to pids %s%n",
                            count / 2, killedAt[0], day1, killPids);
                    System.out.flush();
                }
                return null;
            }));
        }
        pool.shutdown();
        try {
            for (Future<?> run : runs) run.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof Failed f) throw f;
            throw e;
        }
        double admittedIn = Stats.seconds(t0, System.nanoTime());
        long notAdmitted = finalStatus.values().stream().filter(s -> !"ADMITTED".equals(s)).count();
        System.out.printf(Locale.ROOT, "  %d candidates through the workflow in %.1f s: %d requests sent; lost in flight on the killed instance %d,"
                        + " refused by it after its death %d; of the lost, committed before the death %d (answer recovered: %d creations"
                        + " replayed by their Idempotency-Key), sent again %d; not ADMITTED at the end: %d; %d applications retried by"
                        + " their key and read on both instances: the same answer and ETag on each%n",
                count, admittedIn, sent.get(), lostInFlight.get(), refused.get(), committedBeforeDeath.get() + replayedCreations.get(),
                replayedCreations.get(), resent.get(), notAdmitted, crossChecked.get());
        if (notAdmitted > 0) throw new Failed(notAdmitted + " candidates not ADMITTED: " + finalStatus);
        if (!killed.get()) throw new Failed("the kill never happened");

        // --- drained: each candidate enrolled once on curriculum, placeable once on placement (the survivors' consumers)
        Set<String> expected = new HashSet<>(candidateIds.values());
        if (expected.size() != count) throw new Failed("candidate ids not distinct: " + candidateIds);
        long d0 = System.nanoTime();
        Map<String, Integer> enrolled = awaitList(curriculum.get(0) + "/api/v1/cohorts/" + cohortId + "/enrollments", trainer, expected, 240);
        double enrolledIn = Stats.seconds(d0, System.nanoTime());
        Map<String, Integer> placeable = awaitList(placement.get(0) + "/api/v1/learners?cohortId=" + cohortId, placementOfficer, expected, 120);
        double placeableIn = Stats.seconds(d0, System.nanoTime());
        check("curriculum enrollments", enrolled, expected);
        check("placement learners", placeable, expected);
        System.out.printf(Locale.ROOT, "  drained: %d enrollments on curriculum, each candidate once, %.1f s after the last decision; %d placeable learners on"
                + " placement, each once, after %.1f s%n", enrolled.size(), enrolledIn, placeable.size(), placeableIn);

        // --- the daily jobs once more, on the survivors alone; one transmission a day
        moveClocks(List.of(List.of(curriculum.get(0)), List.of(admissions.get(0)), List.of(placement.get(0)), List.of(certification.get(0))),
                day2.atTime(7, 0).atZone(PARIS).toOffsetDateTime(), false);
        Map<LocalDate, Integer> daily = dailyTransmissions(Set.of(day1, day2));
        System.out.printf(Locale.ROOT, "  daily national dashboard transmissions: %s on %s (both curriculum instances alive), %s on %s (the survivor)%n",
                daily.getOrDefault(day1, 0), day1, daily.getOrDefault(day2, 0), day2);
        if (daily.getOrDefault(day1, 0) != 1 || daily.getOrDefault(day2, 0) != 1) {
            throw new Failed("expected one daily transmission on each of " + day1 + " and " + day2 + ", got " + daily);
        }
        if (idsOut != null) Files.writeString(Path.of(idsOut), String.join("\n", expected) + "\n");
        System.out.printf(Locale.ROOT, "RESULT candidates=%d sent=%d lost_in_flight=%d refused=%d replayed=%d committed_before_death=%d resent=%d"
                        + " cross_checked=%d killed_at_s=%.1f admitted_s=%.1f enrolled_s=%.1f cohort=%s day1=%s day2=%s%n",
                count, sent.get(), lostInFlight.get(), refused.get(), replayedCreations.get(), committedBeforeDeath.get(), resent.get(), crossChecked.get(),
                killedAt[0], admittedIn, enrolledIn, cohortId, day1, day2);
    }

    // ---------------------------------------------------------------------------------------------------- workflow

    private static final class Candidate {
        final int index;
        final String cohortId;
        final String idempotencyKey = UUID.randomUUID().toString();
        String id;
        String candidateId;
        String etag;
        String status;

        Candidate(int index, String cohortId) {
            this.index = index;
            this.cohortId = cohortId;
        }
    }

    private void admit(Candidate c) throws InterruptedException {
        create(c);
        step(c, "POST", "/review", Map.of("outcome", "ACCEPTED_FOR_INTERVIEW", "reason", "kill test"));
        Instant interviewAt = null;
        // a few seconds ahead (it must lie in the future when it arrives), again further ahead when the machine was slower
        for (int ahead = 4; interviewAt == null; ahead *= 3) {
            clockLock.readLock().lock();
            try {
                Instant at = Instant.now().plus(admissionsAhead).plusSeconds(ahead).truncatedTo(ChronoUnit.SECONDS);
                if (step(c, "POST", "/interview", Map.of("at", at.atZone(PARIS).toOffsetDateTime().toString(), "place", "CFA",
                        "interviewers", List.of("kill test")), ahead < 36)) {
                    interviewAt = at;
                }
            } finally {
                clockLock.readLock().unlock();
            }
        }
        long waitMs = Duration.between(Instant.now().plus(admissionsAhead), interviewAt).toMillis() + 300;
        if (waitMs > 0) Thread.sleep(Math.min(waitMs, 5_000));
        step(c, "PUT", "/interview", Map.of("attended", true, "motivation", 4, "jobUnderstanding", 4, "communication", 4, "project", 4,
                "recommendation", "ADMIT"));
        step(c, "POST", "/decision", Map.of("outcome", "ADMITTED", "reason", "kill test"));
    }

    /** The next live admissions instance, round-robin. */
    private String instance() {
        int first = roundRobin.getAndIncrement();
        for (int i = 0; i < admissions.size(); i++) {
            String url = admissions.get(Math.floorMod(first + i, admissions.size()));
            if (!dead.contains(url)) return url;
        }
        throw new Failed("no admissions instance alive");
    }

    /** One request to a live instance; null when the connection failed (the instance is then taken for dead). */
    private Resp send(String instance, String method, String path, Object body, String ifMatch, Map<String, String> headers) {
        sent.incrementAndGet();
        Resp r = Http.call(method, instance + path, officer, body, ifMatch, headers, Duration.ofSeconds(30));
        if (r.status() != 0) return r;
        if (r.body().contains("ConnectException")) refused.incrementAndGet(); else lostInFlight.incrementAndGet();
        if (!instance.equals(admissions.get(1))) throw new Failed("the surviving instance failed: " + r.body());
        dead.add(instance);
        return null;
    }

    /** POST /applications with the candidate's Idempotency-Key; after a lost answer, the same key on a live instance. */
    private void create(Candidate c) {
        Map<String, Object> application = Map.of("cohortId", c.cohortId,
                "person", Map.of("firstName", "Replica", "lastName", "Candidate" + c.index, "birthDate", "2000-05-17",
                        "email", "replica" + c.index + "@example.org"),
                "highestQualification", Map.of("level", "V", "socialField", true),
                "rqth", Map.of("recognised", false));
        Map<String, String> key = Map.of("Idempotency-Key", c.idempotencyKey);
        Resp r = send(instance(), "POST", "/api/v1/applications", application, null, key);
        if (r == null) {
            r = send(instance(), "POST", "/api/v1/applications", application, null, key);
            if (r == null) throw new Failed("candidate " + c.index + ": no live instance took the application");
            if (r.replayed()) replayedCreations.incrementAndGet(); else resent.incrementAndGet();
        }
        r.expect(201, "candidate " + c.index + ": POST /api/v1/applications");
        JsonNode v = r.json();
        c.id = v.path("id").asText();
        c.candidateId = v.path("candidateId").asText();
        c.etag = r.etag();
        c.status = v.path("status").asText();
        if (c.index % 10 == 0 && dead.isEmpty()) sameOnEveryInstance(c, application, key);
    }

    /** Every tenth candidate, while both instances live: each answers the key's retry and the application's ETag alike. */
    private void sameOnEveryInstance(Candidate c, Map<String, Object> application, Map<String, String> key) {
        for (String instance : admissions) {
            Resp again = send(instance, "POST", "/api/v1/applications", application, null, key);
            if (again == null) return; // died meanwhile: the kill came
            again.expect(201, "candidate " + c.index + ": the same POST again on " + instance);
            if (!again.replayed() || !c.id.equals(again.json().path("id").asText())) {
                throw new Failed("candidate " + c.index + ": " + instance + " did not answer the Idempotency-Key's first result");
            }
            Resp read = send(instance, "GET", "/api/v1/applications/" + c.id, null, null, Map.of());
            if (read == null) return;
            read.expect(200, "candidate " + c.index + ": GET on " + instance);
            if (!c.etag.equals(read.etag())) throw new Failed("candidate " + c.index + ": ETag " + read.etag() + " on " + instance + ", " + c.etag + " on the other");
        }
        crossChecked.incrementAndGet();
    }

    /** A step with If-Match; after a lost answer, the application read on a live instance says whether it took effect. */
    private void step(Candidate c, String method, String path, Object body) {
        step(c, method, path, body, false);
    }

    /** @return false when {@code pastMayRetry} and the answer was a 400 naming a date not in the future */
    private boolean step(Candidate c, String method, String path, Object body, boolean pastMayRetry) {
        String what = "candidate " + c.index + ": " + method + " /api/v1/applications/{id}" + path;
        Resp r = send(instance(), method, "/api/v1/applications/" + c.id + path, body, c.etag, Map.of());
        if (r == null) {
            Resp now = send(instance(), "GET", "/api/v1/applications/" + c.id, null, null, Map.of());
            if (now == null) throw new Failed(what + ": no live instance to read the application from");
            now.expect(200, what + " (reading it back)");
            String status = now.text("status");
            if (!status.equals(c.status)) {
                committedBeforeDeath.incrementAndGet(); // the dead instance committed the step: its state is the answer
                r = now;
            } else {
                resent.incrementAndGet();
                r = send(instance(), method, "/api/v1/applications/" + c.id + path, body, now.etag(), Map.of());
                if (r == null) throw new Failed(what + ": no live instance took it again");
            }
        }
        if (pastMayRetry && r.status() == 400 && r.body().contains("future")) return false;
        r.expect(200, what);
        c.etag = r.etag();
        c.status = r.text("status");
        return true;
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    /** Moves the clocks of each group's instances (groups in order; a group's instances at once when {@code together}). */
    private void moveClocks(List<List<String>> groups, OffsetDateTime to, boolean together) {
        clockLock.writeLock().lock();
        try {
            for (List<String> group : groups) {
                List<Thread> threads = new ArrayList<>();
                List<String> failures = new ArrayList<>();
                for (String instance : group) {
                    Runnable move = () -> {
                        Resp r = Http.call("PUT", instance + "/q/clock", null, Map.of("now", to.toString()), null, Duration.ofSeconds(120));
                        if (r.status() != 200) synchronized (failures) { failures.add(instance + " -> " + r.status() + " " + Http.abbreviate(r.body())); }
                    };
                    if (together) {
                        Thread t = new Thread(move);
                        t.start();
                        threads.add(t);
                    } else {
                        move.run();
                    }
                }
                for (Thread t : threads) t.join();
                if (!failures.isEmpty()) throw new Failed("PUT /q/clock " + to + ": " + failures);
            }
            admissionsAhead = Workflow.clockAhead(admissions.get(0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while moving the clocks");
        } finally {
            clockLock.writeLock().unlock();
        }
    }

    private void awaitCohort(String cohortId) throws InterruptedException {
        for (String instance : admissions) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Http.status(instance + "/api/v1/cohorts/" + cohortId, manager, Duration.ofSeconds(2)) != 200) {
                if (System.nanoTime() > deadline) throw new Failed(instance + " never got cohort " + cohortId);
                Thread.sleep(50);
            }
        }
    }

    /** Pages through a list until it names every expected candidate (or the time is up): candidate id -> times listed. */
    private Map<String, Integer> awaitList(String url, String token, Set<String> expected, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Map<String, Integer> seen;
        do {
            seen = new HashMap<>();
            String sep = url.contains("?") ? "&" : "?";
            for (int page = 0; page < 10; page++) {
                Resp r = Http.call("GET", url + sep + "size=100&page=" + page, token, null);
                r.expect(200, "GET " + url);
                JsonNode items = r.json().path("items");
                for (JsonNode item : items) seen.merge(item.path("candidateId").asText(), 1, Integer::sum);
                if (items.size() < 100) break;
            }
            if (seen.keySet().containsAll(expected)) return seen;
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return seen;
    }

    private static void check(String what, Map<String, Integer> listed, Set<String> expected) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(listed.keySet());
        Set<String> extra = new HashSet<>(listed.keySet());
        extra.removeAll(expected);
        Map<String, Integer> twice = new LinkedHashMap<>();
        listed.forEach((k, v) -> { if (v > 1) twice.put(k, v); });
        if (!missing.isEmpty() || !extra.isEmpty() || !twice.isEmpty()) {
            throw new Failed(what + ": " + missing.size() + " missing, " + extra.size() + " unexpected, listed more than once: " + twice);
        }
    }

    /** DAILY transmissions on curriculum (the survivor) by the day they started (Paris). */
    private Map<LocalDate, Integer> dailyTransmissions(Set<LocalDate> days) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int page = 0; page < 20; page++) {
            Resp r = Http.call("GET", curriculum.get(0) + "/api/v1/national-dashboard/transmissions?size=100&page=" + page, manager, null);
            r.expect(200, "GET /api/v1/national-dashboard/transmissions");
            JsonNode items = r.json().path("items");
            for (JsonNode t : items) {
                if (!"DAILY".equals(t.path("trigger").asText())) continue;
                LocalDate day = OffsetDateTime.parse(t.path("startedAt").asText()).atZoneSameInstant(PARIS).toLocalDate();
                if (days.contains(day)) perDay.merge(day, 1, Integer::sum);
            }
            if (items.size() < 100) break;
        }
        return perDay;
    }
}
