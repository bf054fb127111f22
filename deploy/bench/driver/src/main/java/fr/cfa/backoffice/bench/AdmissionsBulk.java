package fr.cfa.backoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cfa.backoffice.bench.BenchDriver.Failed;
import fr.cfa.backoffice.bench.Http.Resp;
import fr.cfa.backoffice.bench.Workflow.Applicant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code admissions-bulk --admissions URL --curriculum URL --officer-token T --trainer-token T --manager-token T --count N
 * [--rate 100] [--hop-events 0] [--in-flight 16] [--poll-ms 5]}
 * <p>
 * Set-up, untimed: cohorts on curriculum for N admissions (200 seats each, the most curriculum takes: admissions would
 * waitlist an admission beyond the seats) and, for the hop, cohorts of 50 seats (one page of enrollments), awaited on
 * admissions; N + H applications taken to INTERVIEWED (application, review, interview, its outcome), IN_FLIGHT at once.
 * <p>
 * Timed: (1) the N decisions ADMITTED, IN_FLIGHT at once, spread over the cohorts, and until curriculum lists all N
 * enrollments (each cohort's count polled): decisions/s, seconds to drained, ms per admission. (2) The event hop: H more
 * decisions paced at RATE a second; for each, from the decision's answer to its enrollment (by candidate id) in the
 * cohort's list on curriculum, polled every POLL_MS (5) ms: p50/p90/p99/max. Ends with a RESULT line for bulk-admissions.sh.
 */
final class AdmissionsBulk {
    private static final int BULK_SEATS = 200; // CohortRequest @Max(200) on curriculum
    private static final int HOP_SEATS = 50;

    private AdmissionsBulk() {}

    static void run(Options o) throws Exception {
        Workflow w = new Workflow(o);
        int n = o.integer("count", 1000, 1, 20_000);
        int hop = o.integer("hop-events", 0, 0, 5_000);
        int rate = o.integer("rate", 100, 1, 1000);
        int inFlight = o.integer("in-flight", 16, 1, 256);
        long drainTimeoutS = o.number("drain-timeout-s", 600);
        int pollMs = o.integer("poll-ms", 5, 1, 1000);

        // --- set-up: cohorts
        List<Integer> bulkSizes = Workflow.split(n, BULK_SEATS);
        List<Integer> hopSizes = hop == 0 ? List.of() : Workflow.split(hop, HOP_SEATS);
        LocalDate start = w.mondayIn(21);
        long c0 = System.nanoTime();
        List<String> bulkCohorts = cohorts(w, "BENCH-BULK-", bulkSizes, start);
        List<String> hopCohorts = cohorts(w, "BENCH-HOP-", hopSizes, start);
        List<String> all = new ArrayList<>(bulkCohorts);
        all.addAll(hopCohorts);
        double onAdmissions = w.awaitOnAdmissions(all, 60);
        System.out.printf(Locale.ROOT, "  set-up: %d cohorts of at most %d seats for %d admissions%s, starting %s, scheduled in %.1f s, on admissions %.1f s later%n",
                bulkCohorts.size(), BULK_SEATS, n, hop == 0 ? "" : " and " + hopCohorts.size() + " of at most " + HOP_SEATS + " for " + hop + " hop events",
                start, Stats.seconds(c0, System.nanoTime()) - onAdmissions, onAdmissions);
        System.out.flush();

        // --- set-up: N + H applications up to INTERVIEWED; bulk ones spread over their cohorts, hop ones filling theirs in turn
        List<Applicant> bulk = new ArrayList<>(n);
        for (int i = 0; i < n; i++) bulk.add(new Applicant(i + 1, bulkCohorts.get(i % bulkCohorts.size())));
        List<Applicant> hops = new ArrayList<>(hop);
        for (int c = 0; c < hopCohorts.size(); c++) {
            for (int k = 0; k < hopSizes.get(c); k++) hops.add(new Applicant(n + hops.size() + 1, hopCohorts.get(c)));
        }
        List<Applicant> everyone = new ArrayList<>(bulk);
        everyone.addAll(hops);
        long p0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int tick = Math.max(1000, everyone.size() / 10);
        Http.bounded(everyone.size(), inFlight, i -> w.upToInterview(everyone.get(i)).thenApply(a -> progress(done, tick, everyone.size(), p0)));
        w.awaitInterviews();
        done.set(0);
        Http.bounded(everyone.size(), inFlight, i -> w.interviewed(everyone.get(i)).thenApply(a -> progress(done, tick, everyone.size(), p0)));
        System.out.printf(Locale.ROOT, "  set-up: %d applications to INTERVIEWED (4 requests each, %d in flight, If-Match each step) in %.1f s%n",
                everyone.size(), inFlight, Stats.seconds(p0, System.nanoTime()));
        System.out.flush();

        // --- timed: N decisions, then until curriculum has the N enrollments
        ConcurrentLinkedQueue<Double> decisionMs = new ConcurrentLinkedQueue<>();
        long t0 = System.nanoTime();
        Http.bounded(n, inFlight, i -> {
            long s = System.nanoTime();
            return w.admit(bulk.get(i)).thenApply(a -> decisionMs.add((System.nanoTime() - s) / 1e6));
        });
        long t1 = System.nanoTime();
        long notAdmitted = bulk.stream().filter(a -> !"ADMITTED".equals(a.status)).count();
        if (notAdmitted > 0) throw new Failed(notAdmitted + " of " + n + " decisions did not answer ADMITTED");
        double[] dm = Stats.sorted(decisionMs);
        System.out.printf(Locale.ROOT, "  decisions: %d ADMITTED in %.2f s = %.1f decisions/s (%d in flight); latency %s%n",
                n, Stats.seconds(t0, t1), n / Stats.seconds(t0, t1), inFlight, Stats.line(dm, 50, 90, 99));
        System.out.flush();
        long t2 = drained(w, bulkCohorts, bulkSizes, t1 + TimeUnit.SECONDS.toNanos(drainTimeoutS));
        double drainedS = Stats.seconds(t0, t2);
        System.out.printf(Locale.ROOT, "  drained: all %d enrollments on curriculum %.2f s after the first decision (%.2f s after the last answer); "
                + "%.2f ms per admission%n", n, drainedS, Stats.seconds(t1, t2), drainedS * 1000 / n);
        System.out.printf(Locale.ROOT, "SUMMARY admissions bulk: %d decided in %.2f s (%.1f/s), drained on curriculum in %.2f s, %.2f ms per admission%n",
                n, Stats.seconds(t0, t1), n / Stats.seconds(t0, t1), drainedS, drainedS * 1000 / n);
        System.out.flush();

        // --- timed: the event hop at RATE decisions a second
        double[] hm = hop == 0 ? new double[0] : hop(w, hops, hopCohorts, hopSizes, rate, pollMs);

        System.out.printf(Locale.ROOT, "RESULT count=%d cohorts=%d decided_s=%.3f decisions_per_s=%.2f drained_s=%.3f ms_per_admission=%.3f hop_events=%d "
                        + "hop_rate=%d hop_p50_ms=%.1f hop_p99_ms=%.1f hop_max_ms=%.1f%n", n, bulkCohorts.size(), Stats.seconds(t0, t1), n / Stats.seconds(t0, t1),
                drainedS, drainedS * 1000 / n, hm.length, rate, Stats.pct(hm, 50), Stats.pct(hm, 99), Stats.max(hm));
    }

    private static List<String> cohorts(Workflow w, String prefix, List<Integer> sizes, LocalDate start) {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < sizes.size(); c++) ids.add(w.scheduleCohort(prefix + Workflow.RUN_ID + "-" + (c + 1), start, sizes.get(c)).path("id").asText());
        return ids;
    }

    private static Object progress(AtomicInteger done, int tick, int total, long since) {
        int d = done.incrementAndGet();
        if (d % tick == 0 && d < total) {
            System.out.printf(Locale.ROOT, "    ... %d of %d (%.0f s)%n", d, total, Stats.seconds(since, System.nanoTime()));
            System.out.flush();
        }
        return null;
    }

    /** Polls each cohort's count until it has its learners: the time the last one was complete. */
    private static long drained(Workflow w, List<String> cohorts, List<Integer> sizes, long deadline) throws InterruptedException {
        boolean[] complete = new boolean[cohorts.size()];
        int left = cohorts.size();
        long polls = 0;
        while (left > 0) {
            if (System.nanoTime() > deadline) throw new Failed(left + " of " + cohorts.size() + " cohorts still short of enrollments on curriculum");
            for (int c = 0; c < cohorts.size(); c++) {
                if (complete[c]) continue;
                polls++;
                if (w.enrolled(cohorts.get(c)) >= sizes.get(c)) {
                    complete[c] = true;
                    left--;
                }
            }
            if (left > 0) Thread.sleep(20);
        }
        long t = System.nanoTime();
        System.out.printf("    (%d polls of the cohorts' counts)%n", polls);
        return t;
    }

    /**
     * H decisions paced at {@code rate}/s; a poller reads the open hop cohorts' enrollments (one page each) every {@code pollMs}
     * and notes when each candidate appears. Latency = appearance - the decision's answer (0 when it came first).
     */
    private static double[] hop(Workflow w, List<Applicant> hops, List<String> cohorts, List<Integer> sizes, int rate, int pollMs)
            throws InterruptedException {
        int h = hops.size();
        AtomicLongArray answered = new AtomicLongArray(h); // nanoTime of each decision's answer, 0 until then
        AtomicLongArray seen = new AtomicLongArray(h); // nanoTime of the poll that first listed its enrollment, 0 until then
        Map<String, Integer> byCandidate = new HashMap<>();
        for (int i = 0; i < h; i++) byCandidate.put(hops.get(i).candidateId, i);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();

        Thread poller = new Thread(() -> {
            int first = 0; // the first cohort not yet complete
            int[] listed = new int[cohorts.size()];
            while (!stop.get() && first < cohorts.size()) {
                int last = cohorts.indexOf(hops.get(Math.max(0, sent.get() - 1)).cohortId); // the cohort of the latest decision sent
                for (int c = first; c <= last; c++) {
                    if (listed[c] >= sizes.get(c)) continue;
                    Resp r = Http.call("GET", w.curriculum + "/api/v1/cohorts/" + cohorts.get(c) + "/enrollments?size=100", w.trainer, null);
                    long at = System.nanoTime();
                    if (r.status() != 200) continue;
                    int inCohort = 0;
                    for (JsonNode e : r.json().path("items")) {
                        Integer i = byCandidate.get(e.path("candidateId").asText());
                        if (i == null) continue;
                        inCohort++;
                        seen.compareAndSet(i, 0, at);
                    }
                    listed[c] = inCohort;
                }
                while (first < cohorts.size() && listed[first] >= sizes.get(first)) first++;
                LockSupport.parkNanos(pollMs * 1_000_000L);
            }
        }, "hop-poller");
        poller.start();

        long periodNanos = 1_000_000_000L / rate;
        Semaphore inFlight = new Semaphore(256); // a stalled service slows the pace (reported) rather than piling up connections
        long h0 = System.nanoTime();
        List<CompletableFuture<?>> pending = new ArrayList<>(h);
        for (int i = 0; i < h; i++) {
            long due = h0 + i * periodNanos;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) LockSupport.parkNanos(due - now);
            int k = i;
            inFlight.acquire();
            sent.incrementAndGet();
            pending.add(w.admit(hops.get(k)).handle((a, e) -> {
                if (e != null || !"ADMITTED".equals(hops.get(k).status)) failures.incrementAndGet();
                else answered.set(k, System.nanoTime());
                inFlight.release();
                return null;
            }));
        }
        double sendSecs = Stats.seconds(h0, System.nanoTime());
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        // until every admitted one is seen, 60 s at most
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && poller.isAlive() && unseen(answered, seen) > 0) Thread.sleep(20);
        stop.set(true);
        poller.join(10_000);
        List<Double> lat = new ArrayList<>(h);
        for (int i = 0; i < h; i++) {
            if (answered.get(i) != 0 && seen.get(i) != 0) lat.add(Math.max(0, seen.get(i) - answered.get(i)) / 1e6);
        }
        int missing = unseen(answered, seen);
        double[] v = Stats.sorted(lat);
        System.out.printf(Locale.ROOT, "  event hop: %d decisions paced at %d/s (sent in %.2f s = %.1f/s; %d failed), each from its answer to its enrollment "
                        + "in the cohort's list on curriculum (polled every %d ms): %s; %d never seen%n", h, rate, sendSecs, h / sendSecs, failures.get(), pollMs,
                Stats.line(v, 50, 90, 99), missing);
        System.out.printf(Locale.ROOT, "SUMMARY admissions event hop at %d/s: %d events, p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms; %d failed, %d never seen%n",
                rate, h, Stats.pct(v, 50), Stats.pct(v, 90), Stats.pct(v, 99), Stats.max(v), failures.get(), missing);
        System.out.flush();
        if (failures.get() > 0 || missing > 0) throw new Failed(failures.get() + " hop decisions failed, " + missing + " enrollments never seen");
        return v;
    }

    /** Decisions answered ADMITTED whose enrollment was not seen yet. */
    private static int unseen(AtomicLongArray answered, AtomicLongArray seen) {
        int n = 0;
        for (int i = 0; i < answered.length(); i++) if (answered.get(i) != 0 && seen.get(i) == 0) n++;
        return n;
    }
}
