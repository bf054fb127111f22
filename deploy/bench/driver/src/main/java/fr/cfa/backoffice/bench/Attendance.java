package fr.cfa.backoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cfa.backoffice.bench.BenchDriver.Failed;
import fr.cfa.backoffice.bench.Http.Resp;
import fr.cfa.backoffice.bench.Workflow.Applicant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code attendance --curriculum URL --admissions URL --clocks URL,URL,.. --trainer-token T --manager-token T --officer-token T [--learners 30]}
 * <p>
 * Needs simulated time (deploy/local/up.sh --simulated-time): a sheet is dated in the past, and applications are
 * taken only before a cohort starts. So: the learners (30 by default) in cohorts of at most 200 (curriculum's
 * capacity limit), all starting the same Monday ~3 weeks ahead (rhythm 1 centre week / 1 employer week), POSTed on
 * curriculum and awaited on admissions; every learner through the admissions workflow (4 in flight) and awaited as an
 * enrollment on curriculum; the services' clocks ({@code --clocks}, curriculum first) moved to the day after the
 * cycle; then one attendance sheet per half-day of every centre week (public holidays excepted) and per cohort, POSTed
 * sequentially and timed; every learner's attendance read back, timed and checked against the marks sent. Lines
 * starting with SUMMARY are for bench.sh's summary, the RESULT line for bulk-attendance.sh.
 */
final class Attendance {
    private static final String[] MARKS = {"PRESENT", "LATE", "JUSTIFIED_ABSENCE", "UNJUSTIFIED_ABSENCE"};
    private static final int MAX_COHORT = 200; // CohortRequest @Max(200) on curriculum

    private Attendance() {}

    /** Mark of learner j on sheet s: rotates so that every learner gets some: 1 in 11 unjustified absence, 1 in 7 late. */
    static int markOf(int learner, int sheet) {
        int k = learner + sheet + 1;
        if (k % 11 == 0) return 3;
        if (k % 7 == 0) return 1;
        return 0;
    }

    record Session(LocalDate date, String halfDay, String module) {}

    static void run(Options o) throws Exception {
        Workflow w = new Workflow(o);
        List<String> clocks = Arrays.stream(o.get("clocks").split(",")).map(Options::local).toList();
        int n = o.integer("learners", 30, 1, 1000);
        long budgetEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(o.number("budget-ms", 900_000));
        if (Workflow.clockOf(w.curriculum) == null) {
            throw new Failed("simulated time is off on curriculum (GET /q/clock 404): start the stack with deploy/local/up.sh --simulated-time "
                    + "(sheets are dated in the past, once the cycle is over; applications are taken before it starts)");
        }

        // 1. the cohorts, on curriculum then (by Kafka) on admissions
        List<Integer> sizes = Workflow.split(n, MAX_COHORT);
        LocalDate start = w.mondayIn(21);
        List<String> cohortIds = new ArrayList<>();
        LocalDate end = null;
        for (int c = 0; c < sizes.size(); c++) {
            JsonNode cohort = w.scheduleCohort("BENCH-ATT-" + Workflow.RUN_ID + "-" + (c + 1), start, sizes.get(c));
            cohortIds.add(cohort.path("id").asText());
            end = LocalDate.parse(cohort.path("endDate").asText());
        }
        double onAdmissions = w.awaitOnAdmissions(cohortIds, 30);
        System.out.printf(Locale.ROOT, "  %d learners in %d cohort(s) of %s (curriculum takes at most %d a cohort), all starting %s, rhythm 1 centre / "
                + "1 employer week, cycle until %s; on admissions %.2f s after the last 201%s%n", n, sizes.size(), sizes, MAX_COHORT, start, end, onAdmissions,
                sizes.size() > 1 ? "; one sheet per half-day PER COHORT" : "");
        System.out.flush();

        // 2. every learner through the admissions workflow, then (CandidateAdmitted by Kafka) to curriculum
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < n; i++) applicants.add(new Applicant(i + 1, cohortIds.get(i % sizes.size())));
        long a0 = System.nanoTime();
        Http.bounded(n, 4, i -> w.upToInterview(applicants.get(i)));
        w.awaitInterviews();
        Http.bounded(n, 4, i -> w.interviewed(applicants.get(i)));
        Http.bounded(n, 4, i -> w.admit(applicants.get(i)));
        long a1 = System.nanoTime();
        long notAdmitted = applicants.stream().filter(a -> !"ADMITTED".equals(a.status)).count();
        if (notAdmitted > 0) throw new Failed(notAdmitted + " of " + n + " decisions did not answer ADMITTED (e.g. " + applicants.stream()
                .filter(a -> !"ADMITTED".equals(a.status)).findFirst().map(a -> a.status).orElse("?") + ")");
        System.out.printf(Locale.ROOT, "  admissions: %d learners ADMITTED (%d requests: application, review, interview, interview outcome, decision; "
                + "4 in flight, If-Match each step, ~3 s waiting for the interviews to begin) in %.2f s%n", n, 5 * n, Stats.seconds(a0, a1));

        long deadline = a1 + TimeUnit.SECONDS.toNanos(60 + n / 10);
        int polls = 0;
        boolean all = false;
        while (!all && System.nanoTime() < deadline) {
            all = true;
            for (int c = 0; c < cohortIds.size() && all; c++) {
                polls++;
                all = w.enrolled(cohortIds.get(c)) >= sizes.get(c);
            }
            if (!all) Thread.sleep(20);
        }
        long e1 = System.nanoTime();
        if (!all) throw new Failed("curriculum does not have the " + n + " enrollments " + Stats.seconds(a1, e1) + " s after the last decision");
        List<List<String>> learners = new ArrayList<>(); // enrollment ids, per cohort
        for (String id : cohortIds) learners.add(new ArrayList<>(w.enrollmentsOf(id).keySet()));
        for (int c = 0; c < sizes.size(); c++) {
            if (learners.get(c).size() != sizes.get(c)) throw new Failed("cohort " + cohortIds.get(c) + " lists " + learners.get(c).size()
                    + " enrollments, " + sizes.get(c) + " expected");
        }
        System.out.printf(Locale.ROOT, "  hop to %d enrollments on curriculum: all there %.3f s after the last decision's answer (%d polls, every 20 ms); "
                + "read back page by page (100 a page)%n", n, Stats.seconds(a1, e1), polls);
        System.out.printf(Locale.ROOT, "SUMMARY admissions workflow: %d learners x 5 requests in %.2f s (4 in flight); all %d enrollments on curriculum %.3f s "
                + "after the last decision%n", n, Stats.seconds(a0, a1), n, Stats.seconds(a1, e1));
        System.out.flush();

        // 3. the calendar (the same for every cohort: same start, same rhythm) -> every half-day of the centre weeks
        Resp r = Http.call("GET", w.curriculum + "/api/v1/cohorts/" + cohortIds.get(0) + "/calendar", w.trainer, null)
                .expect(200, "GET /api/v1/cohorts/{id}/calendar");
        List<Session> sessions = new ArrayList<>();
        int centerWeeks = 0;
        int holidays = 0;
        for (JsonNode week : r.json().path("weeks")) {
            if (!"CENTER".equals(week.path("kind").asText())) continue;
            centerWeeks++;
            LocalDate monday = LocalDate.parse(week.path("monday").asText());
            Set<LocalDate> off = new HashSet<>();
            week.path("publicHolidays").forEach(h -> off.add(LocalDate.parse(h.path("date").asText())));
            String module = week.path("modules").path(0).path("moduleCode").asText("M1");
            for (int d = 0; d < 5; d++) {
                LocalDate day = monday.plusDays(d);
                if (off.contains(day)) {
                    holidays++;
                    continue;
                }
                sessions.add(new Session(day, "MORNING", module));
                sessions.add(new Session(day, "AFTERNOON", module));
            }
        }
        System.out.printf(Locale.ROOT, "  calendar (GET in %.1f ms): %d centre weeks, %d weekday public holidays in them -> %d half-day sessions%n",
                r.ms(), centerWeeks, holidays, sessions.size());
        if (sessions.isEmpty()) throw new Failed("no centre session in the calendar: " + Http.abbreviate(r.body()));

        // 4. the clocks to the day after the cycle: every session is then in the past
        OffsetDateTime after = end.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(Workflow.PARIS).toOffsetDateTime();
        Workflow.moveClocks(clocks, after);
        System.out.printf(Locale.ROOT, "  clocks of %d services moved to %s (the day after the cycle)%n", clocks.size(), after);

        // 5. one sheet per session and cohort, sequentially
        Map<String, long[]> expected = new LinkedHashMap<>(); // enrollment -> count of each mark
        learners.forEach(l -> l.forEach(id -> expected.put(id, new long[4])));
        Map<String, Integer> sheetsOf = new HashMap<>(); // enrollment -> sheets recorded with it
        List<Double> sheetMs = new ArrayList<>();
        int ok = 0;
        int non201 = 0;
        long marksSent = 0;
        long s0 = System.nanoTime();
        sheets:
        for (int s = 0; s < sessions.size(); s++) {
            Session ses = sessions.get(s);
            for (int c = 0; c < learners.size(); c++) {
                List<String> cohort = learners.get(c);
                if (System.nanoTime() > budgetEnd) {
                    System.out.println("  time budget exhausted after " + sheetMs.size() + " sheets");
                    break sheets;
                }
                List<Map<String, String>> marks = new ArrayList<>(cohort.size());
                for (int j = 0; j < cohort.size(); j++) marks.add(Map.of("enrollmentId", cohort.get(j), "mark", MARKS[markOf(j, s)]));
                String cohortId = cohortIds.get(c);
                r = Http.call("POST", w.curriculum + "/api/v1/cohorts/" + cohortId + "/attendance-sheets", w.trainer, Map.of("date", ses.date().toString(),
                        "halfDay", ses.halfDay(), "moduleCode", ses.module(), "trainer", "bench", "marks", marks));
                sheetMs.add(r.ms());
                if (r.status() == 201) {
                    ok++;
                    marksSent += cohort.size();
                    for (int j = 0; j < cohort.size(); j++) {
                        expected.get(cohort.get(j))[markOf(j, s)]++;
                        sheetsOf.merge(cohort.get(j), 1, Integer::sum);
                    }
                } else {
                    if (++non201 <= 3) System.out.printf("  sheet %s %s -> %d %s%n", ses.date(), ses.halfDay(), r.status(), Http.abbreviate(r.body()));
                    if (r.status() == 0 && non201 >= 5) break sheets; // the service is gone
                }
            }
        }
        double sheetSecs = Stats.seconds(s0, System.nanoTime());
        double[] sm = Stats.sorted(sheetMs);
        double usPerMark = marksSent == 0 ? Double.NaN : sheetSecs * 1e6 / marksSent;
        System.out.printf(Locale.ROOT, "  sheets: %d POSTed sequentially (%d marks in all, %s a sheet) in %.2f s = %.1f sheets/s, %.0f marks/s, %.1f µs a mark; "
                        + "latency %s; 201: %d, non-201: %d%n", sm.length, marksSent, sizes.size() == 1 ? sizes.get(0) : sizes, sheetSecs, sm.length / sheetSecs,
                marksSent / sheetSecs, usPerMark, Stats.line(sm, 50, 90, 99), ok, non201);
        System.out.printf(Locale.ROOT, "SUMMARY attendance sheets: %d x %s marks in %.2f s = %.1f sheets/s; p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms; "
                        + "non-201 %d%n", sm.length, sizes.size() == 1 ? sizes.get(0) : sizes, sheetSecs, sm.length / sheetSecs, Stats.pct(sm, 50),
                Stats.pct(sm, 90), Stats.pct(sm, 99), Stats.max(sm), non201);
        System.out.flush();

        // 6. every learner's attendance, read back and checked
        List<Double> readMs = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int minRate = Integer.MAX_VALUE;
        int maxRate = Integer.MIN_VALUE;
        long g0 = System.nanoTime();
        for (Map.Entry<String, long[]> learner : expected.entrySet()) {
            String id = learner.getKey();
            r = Http.call("GET", w.curriculum + "/api/v1/enrollments/" + id + "/attendance", w.trainer, null);
            readMs.add(r.ms());
            if (r.status() != 200) {
                mismatches.add(id + ": HTTP " + r.status() + " " + Http.abbreviate(r.body()));
                continue;
            }
            JsonNode v = r.json();
            long[] e = learner.getValue();
            int sheetsWith = sheetsOf.getOrDefault(id, 0);
            long sessionsRead = v.path("sessions").asLong();
            long[] got = {v.path("present").asLong(), v.path("late").asLong(), v.path("justifiedAbsences").asLong(), v.path("unjustifiedAbsences").asLong()};
            int rate = v.path("ratePercent").asInt();
            int marksListed = v.path("marks").isArray() ? v.path("marks").size() : -1;
            long total = e[0] + e[1] + e[2] + e[3];
            int expectedRate = total == 0 ? 0 : (int) ((e[0] + e[1]) * 100 / total);
            minRate = Math.min(minRate, rate);
            maxRate = Math.max(maxRate, rate);
            if (sessionsRead != sheetsWith || !Arrays.equals(got, e) || rate != expectedRate || marksListed != sheetsWith) {
                mismatches.add(String.format(Locale.ROOT, "%s: sessions %d (expected %d), marks listed %d, present/late/justified/unjustified %s "
                        + "(expected %s), ratePercent %d (expected %d)", id, sessionsRead, sheetsWith, marksListed, Arrays.toString(got), Arrays.toString(e),
                        rate, expectedRate));
            }
        }
        double readSecs = Stats.seconds(g0, System.nanoTime());
        double[] rm = Stats.sorted(readMs);
        String check = mismatches.isEmpty() ? "OK (sessions, counts and ratePercent as sent, for all " + expected.size() + ")"
                : "MISMATCH for " + mismatches.size() + " of " + expected.size();
        System.out.printf(Locale.ROOT, "  read-back: %d GET /api/v1/enrollments/{id}/attendance in %.2f s; latency %s; ratePercent %d..%d; %s%n",
                rm.length, readSecs, Stats.line(rm, 50, 99), minRate, maxRate, check);
        mismatches.stream().limit(5).forEach(m -> System.out.println("    " + m));
        System.out.printf(Locale.ROOT, "SUMMARY attendance read-back: %d learners in %.2f s; p50 %.1f ms  p99 %.1f ms  max %.1f ms; %s%n",
                rm.length, readSecs, Stats.pct(rm, 50), Stats.pct(rm, 99), Stats.max(rm), mismatches.isEmpty() ? "check OK" : check);
        System.out.printf(Locale.ROOT, "RESULT learners=%d cohorts=%d sheets=%d marks=%d sheet_s=%.3f sheets_per_s=%.2f sheet_p99_ms=%.1f us_per_mark=%.2f "
                        + "readback_s=%.3f readback_p99_ms=%.1f check=%s%n", n, sizes.size(), sm.length, marksSent, sheetSecs, sm.length / sheetSecs,
                Stats.pct(sm, 99), usPerMark, readSecs, Stats.pct(rm, 99), mismatches.isEmpty() && non201 == 0 ? "OK" : "FAILED");
        System.out.flush();
        if (!mismatches.isEmpty() || non201 > 0) System.exit(1);
    }
}
