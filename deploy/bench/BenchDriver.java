import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of deploy/bench/bench.sh (LOCAL, 127.0.0.1 targets only). Three sub-commands:
 *
 * <pre>
 * startup --port P --runs N --log FILE_PREFIX -- java ... -jar quarkus-run.jar
 *     N times: start the command (environment inherited), poll GET /q/health/ready every 20 ms,
 *     print the seconds from process start to the first 200 and VmRSS right after, stop it
 *     (SIGTERM, SIGKILL after 30 s). Then the median of each.
 *
 * hop --post URL --post-token T --get-prefix URL --get-token T --events N [--warmup W]
 *     N times, sequentially: POST a cohort (201 + JSON id), then poll GET {get-prefix}/{id} every
 *     2 ms until 200. Latency = from the POST's response to the first 200. Prints p50/p90/p99/max
 *     and a final line LAST_ID=&lt;id&gt;.
 *
 * attendance --curriculum URL --admissions URL --trainer-token T --manager-token T --officer-token T [--learners 30]
 *     One cohort (a Monday ~3 weeks ahead, rhythm 1 centre week / 1 employer week) POSTed on curriculum
 *     and waited for on admissions; N learners taken through the admissions workflow (application,
 *     review, interview, interview outcome, decision ADMITTED) and waited for as enrollments on
 *     curriculum; then one attendance sheet per half-day of every centre week (public holidays
 *     excepted) POSTed sequentially and timed, and every learner's attendance read back, timed and
 *     checked against the marks sent. Lines starting with SUMMARY are for bench.sh's summary.
 * </pre>
 * Every loop is bounded in count and time.
 */
public class BenchDriver {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage();
        switch (args[0]) {
            case "startup" -> startup(Arrays.copyOfRange(args, 1, args.length));
            case "hop" -> hop(Arrays.copyOfRange(args, 1, args.length));
            case "attendance" -> attendance(Arrays.copyOfRange(args, 1, args.length));
            case "dashboard" -> dashboard(Arrays.copyOfRange(args, 1, args.length));
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: BenchDriver startup --port P --runs N --log PREFIX -- CMD...\n"
                + "       BenchDriver hop --post URL --post-token T --get-prefix URL --get-token T --events N [--warmup W]\n"
                + "       BenchDriver attendance --curriculum URL --admissions URL --trainer-token T --manager-token T --officer-token T [--learners N]");
        System.exit(2);
    }

    static Map<String, String> options(String[] args, List<String> rest) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                rest.addAll(Arrays.asList(args).subList(i + 1, args.length));
                break;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) usage();
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    static void requireLocal(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host)) {
            System.err.println("only 127.0.0.1 targets: " + url);
            System.exit(2);
        }
    }

    // ---------------------------------------------------------------------------------- startup
    static void startup(String[] args) throws Exception {
        List<String> cmd = new ArrayList<>();
        Map<String, String> o = options(args, cmd);
        int port = Integer.parseInt(o.getOrDefault("port", "0"));
        int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
        String logPrefix = o.getOrDefault("log", "startup");
        long timeoutMs = Long.parseLong(o.getOrDefault("timeout-ms", "120000"));
        if (port <= 0 || cmd.isEmpty() || runs < 1 || runs > 20) usage();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");

        double[] secs = new double[runs];
        double[] rss = new double[runs];
        for (int r = 0; r < runs; r++) {
            File log = new File(logPrefix + "-" + (r + 1) + ".log");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log));
            long t0 = System.nanoTime();
            Process p = pb.start();
            Thread killer = new Thread(() -> stop(p));
            Runtime.getRuntime().addShutdownHook(killer);
            try {
                long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
                int code = -1;
                while (System.nanoTime() < deadline && p.isAlive()) {
                    code = status(ready, null, Duration.ofMillis(500));
                    if (code == 200) break;
                    Thread.sleep(20);
                }
                long t1 = System.nanoTime();
                if (code != 200) {
                    System.out.printf("  run %d: NOT READY (last status %d, process %s) after %.1f s, see %s%n",
                            r + 1, code, p.isAlive() ? "alive" : "exited " + exitCode(p), (t1 - t0) / 1e9, log);
                    System.out.flush();
                    System.exit(1);
                }
                secs[r] = (t1 - t0) / 1e9;
                rss[r] = vmRssMiB(p.pid());
                System.out.printf(Locale.ROOT, "  run %d: ready in %.3f s, RSS %.1f MiB (pid %d)%n", r + 1, secs[r], rss[r], p.pid());
                System.out.flush();
            } finally {
                stop(p);
                try {
                    Runtime.getRuntime().removeShutdownHook(killer);
                } catch (IllegalStateException ignored) {
                    // already shutting down
                }
            }
        }
        System.out.printf(Locale.ROOT, "  median: ready in %.3f s, RSS %.1f MiB%n", median(secs), median(rss));
    }

    static void stop(Process p) {
        if (!p.isAlive()) return;
        p.destroy(); // SIGTERM
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String exitCode(Process p) {
        try {
            return String.valueOf(p.exitValue());
        } catch (IllegalThreadStateException e) {
            return "?";
        }
    }

    static double vmRssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // process gone
        }
        return Double.NaN;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static int status(URI uri, String token, Duration timeout) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET();
            if (token != null) b.header("Authorization", "Bearer " + token);
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    // -------------------------------------------------------------------------------------- hop
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\"([^\"]+)\"|(\\d+))");

    static void hop(String[] args) throws Exception {
        Map<String, String> o = options(args, new ArrayList<>());
        String post = o.get("post");
        String postToken = o.get("post-token");
        String getPrefix = o.get("get-prefix");
        String getToken = o.get("get-token");
        int events = Integer.parseInt(o.getOrDefault("events", "200"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "0"));
        long perEventTimeoutMs = Long.parseLong(o.getOrDefault("event-timeout-ms", "10000"));
        long totalBudgetMs = Long.parseLong(o.getOrDefault("budget-ms", "300000"));
        int pollMs = Integer.parseInt(o.getOrDefault("poll-ms", "2"));
        if (post == null || getPrefix == null || postToken == null || getToken == null
                || events < 1 || events > 10_000 || warmup < 0 || warmup > 100) usage();
        requireLocal(post);
        requireLocal(getPrefix);
        if (getPrefix.endsWith("/")) getPrefix = getPrefix.substring(0, getPrefix.length() - 1);

        String runId = Long.toString(System.currentTimeMillis() / 1000 % 60_466_176L, 36).toUpperCase(Locale.ROOT);
        long budgetEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(totalBudgetMs);
        List<Double> lat = new ArrayList<>();
        List<Double> postMs = new ArrayList<>();
        int failures = 0;
        String lastId = null;
        for (int i = 0; i < warmup + events; i++) {
            if (System.nanoTime() > budgetEnd) {
                System.out.printf("  time budget of %d s exhausted after %d events%n", totalBudgetMs / 1000, lat.size());
                break;
            }
            boolean measured = i >= warmup;
            String code = "BENCH-" + runId + "-" + (i + 1);
            String body = "{\"code\":\"" + code + "\",\"startDate\":\"2027-01-04\",\"capacity\":12}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(post))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + postToken)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long p0 = System.nanoTime();
            HttpResponse<String> resp;
            try {
                resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.out.println("  POST failed: " + e);
                if (++failures >= 5) break;
                continue;
            }
            long t0 = System.nanoTime(); // the POST's response is in
            if (resp.statusCode() != 201) {
                System.out.printf("  POST %s -> %d %s%n", post, resp.statusCode(), abbreviate(resp.body()));
                if (++failures >= 5) break;
                continue;
            }
            String id = null;
            Matcher m = ID.matcher(resp.body());
            if (m.find()) id = m.group(2) != null ? m.group(2) : m.group(3);
            if (id == null) {
                id = resp.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse(null);
            }
            if (id == null) {
                System.out.println("  POST answered 201 without id nor Location: " + abbreviate(resp.body()));
                if (++failures >= 5) break;
                continue;
            }
            lastId = id;
            URI get = URI.create(getPrefix + "/" + id);
            long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(perEventTimeoutMs);
            int st = 0;
            long t1 = 0;
            while (System.nanoTime() < deadline) {
                st = status(get, getToken, Duration.ofSeconds(2));
                if (st == 200) {
                    t1 = System.nanoTime();
                    break;
                }
                if (st == 401 || st == 403) break; // will never turn into 200
                Thread.sleep(pollMs);
            }
            if (st != 200) {
                System.out.printf("  event %d (id %s): GET %s still %d after %d ms%n", i + 1, id, get, st,
                        (System.nanoTime() - t0) / 1_000_000);
                if (++failures >= 5) break;
                continue;
            }
            if (measured) {
                lat.add((t1 - t0) / 1e6);
                postMs.add((t0 - p0) / 1e6);
            }
        }
        if (lat.isEmpty()) {
            System.out.println("  no event went through (" + failures + " failures)");
            if (lastId != null) System.out.println("LAST_ID=" + lastId);
            System.exit(1);
        }
        double[] v = lat.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] pv = postMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  hop latency over %d events (after %d warm-up, %d failures): "
                        + "p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  (mean %.1f ms)%n",
                v.length, warmup, failures, pct(v, 50), pct(v, 90), pct(v, 99), v[v.length - 1],
                Arrays.stream(v).average().orElse(0));
        System.out.printf(Locale.ROOT, "  POST round trip itself: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                pct(pv, 50), pct(pv, 90), pct(pv, 99), pv[pv.length - 1]);
        System.out.println("LAST_ID=" + lastId);
    }

    /** nearest-rank percentile of a sorted array */
    static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        s = s.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    // ------------------------------------------------------------------------------- attendance
    record Resp(int status, String body, double ms) {}

    /** One request; status 0 when the connection failed (the body then says why). */
    static Resp call(String method, String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.body(), (System.nanoTime() - t0) / 1e6);
        } catch (IOException e) {
            return new Resp(0, e.toString(), (System.nanoTime() - t0) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Resp(0, "interrupted", (System.nanoTime() - t0) / 1e6);
        }
    }

    static final String[] MARKS = {"PRESENT", "LATE", "JUSTIFIED_ABSENCE", "UNJUSTIFIED_ABSENCE"};

    /** Mark of learner j on sheet s: rotates so that every learner gets some: 1 in 11 unjustified absence, 1 in 7 late. */
    static int markOf(int learner, int sheet) {
        int k = learner + sheet + 1;
        if (k % 11 == 0) return 3;
        if (k % 7 == 0) return 1;
        return 0;
    }

    static void fail(String what) {
        System.out.println("  FAILED: " + what);
        System.out.flush();
        System.exit(1);
    }

    static String stats(double[] sorted, int... pcts) {
        StringBuilder sb = new StringBuilder();
        for (int p : pcts) sb.append(String.format(Locale.ROOT, "p%d %.1f ms  ", p, pct(sorted, p)));
        sb.append(String.format(Locale.ROOT, "max %.1f ms", sorted[sorted.length - 1]));
        return sb.toString();
    }

    static double[] sorted(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static void attendance(String[] args) throws Exception {
        Map<String, String> o = options(args, new ArrayList<>());
        String cur = o.get("curriculum");
        String adm = o.get("admissions");
        String trainer = o.get("trainer-token");
        String manager = o.get("manager-token");
        String officer = o.get("officer-token");
        int n = Integer.parseInt(o.getOrDefault("learners", "30"));
        long budgetMs = Long.parseLong(o.getOrDefault("budget-ms", "900000"));
        if (cur == null || adm == null || trainer == null || manager == null || officer == null || n < 1 || n > 100) usage();
        requireLocal(cur);
        requireLocal(adm);
        if (cur.endsWith("/")) cur = cur.substring(0, cur.length() - 1);
        if (adm.endsWith("/")) adm = adm.substring(0, adm.length() - 1);
        long budgetEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMs);

        // 1. the cohort, on curriculum then (by Kafka) on admissions
        String runId = Long.toString(System.currentTimeMillis() / 1000 % 60_466_176L, 36).toUpperCase(Locale.ROOT)
                + "-" + ProcessHandle.current().pid();
        String code = "BENCH-ATT-" + runId;
        LocalDate start = LocalDate.now().plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Resp r = call("POST", cur + "/api/v1/cohorts", trainer, "{\"code\":\"" + code + "\",\"startDate\":\"" + start
                + "\",\"capacity\":" + n + ",\"rhythm\":{\"initialCenterWeeks\":0,\"centerWeeks\":1,\"employerWeeks\":1}}");
        if (r.status() != 201) fail("POST /api/v1/cohorts -> " + r.status() + " " + abbreviate(r.body()));
        String cohortId = Json.str(Json.parse(r.body()), "id");
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(30);
        int st = 0;
        while (System.nanoTime() < deadline) {
            st = status(URI.create(adm + "/api/v1/cohorts/" + cohortId), manager, Duration.ofSeconds(2));
            if (st == 200 || st == 401 || st == 403) break;
            Thread.sleep(20);
        }
        if (st != 200) fail("admissions never got cohort " + cohortId + " (GET :8081/api/v1/cohorts/{id} still " + st + " after 30 s)");
        System.out.printf(Locale.ROOT, "  cohort %s (%s, start %s, capacity %d, rhythm 1 centre / 1 employer week) on admissions %.2f s after its 201%n",
                code, cohortId, start, n, (System.nanoTime() - t0) / 1e9);
        System.out.flush();

        // 2. n learners through the admissions workflow
        String apps = adm + "/api/v1/applications";
        String interviewAt = ZonedDateTime.now(ZoneId.of("Europe/Paris")).plusDays(3).withHour(10).truncatedTo(ChronoUnit.HOURS)
                .toOffsetDateTime().toString();
        List<Double> admMs = new ArrayList<>();
        long a0 = System.nanoTime();
        int admitted = 0;
        for (int i = 1; i <= n; i++) {
            if (System.nanoTime() > budgetEnd) fail("time budget exhausted during admissions");
            r = call("POST", apps, officer, "{\"cohortId\":\"" + cohortId + "\",\"person\":{\"firstName\":\"Bench\",\"lastName\":\"Learner" + i
                    + "\",\"birthDate\":\"2000-05-17\",\"email\":\"l" + i + "@example.org\"},\"highestQualification\":{\"level\":\"V\",\"socialField\":true},"
                    + "\"rqth\":{\"recognised\":false}}");
            admMs.add(r.ms());
            if (r.status() != 201) fail("learner " + i + ": POST /api/v1/applications -> " + r.status() + " " + abbreviate(r.body()));
            String app = apps + "/" + Json.str(Json.parse(r.body()), "id");
            String[][] steps = {
                    {"POST", "/review", "{\"outcome\":\"ACCEPTED_FOR_INTERVIEW\",\"reason\":\"bench\"}"},
                    {"POST", "/interview", "{\"at\":\"" + interviewAt + "\",\"place\":\"CFA\",\"interviewers\":[\"bench\"]}"},
                    {"PUT", "/interview", "{\"attended\":true,\"motivation\":4,\"jobUnderstanding\":4,\"communication\":4,\"project\":4,\"recommendation\":\"ADMIT\"}"},
                    {"POST", "/decision", "{\"outcome\":\"ADMITTED\",\"reason\":\"bench\"}"}};
            for (String[] step : steps) {
                r = call(step[0], app + step[1], officer, step[2]);
                admMs.add(r.ms());
                if (r.status() != 200) fail("learner " + i + ": " + step[0] + " " + app + step[1] + " -> " + r.status() + " " + abbreviate(r.body()));
            }
            String status = Json.str(Json.parse(r.body()), "status");
            if (!"ADMITTED".equals(status)) fail("learner " + i + ": decision answered status " + status + " " + abbreviate(r.body()));
            admitted++;
        }
        long a1 = System.nanoTime();
        double[] am = sorted(admMs);
        System.out.printf(Locale.ROOT, "  admissions: %d learners ADMITTED (%d requests: application, review, interview, interview outcome, decision) "
                + "in %.2f s; per request %s%n", admitted, am.length, (a1 - a0) / 1e9, stats(am, 50, 90, 99));
        System.out.flush();

        // ... and by Kafka (CandidateAdmitted) to curriculum
        String enrUrl = cur + "/api/v1/cohorts/" + cohortId + "/enrollments?size=100";
        deadline = a1 + TimeUnit.SECONDS.toNanos(60);
        List<String> enrollments = new ArrayList<>();
        long firstSeen = -1;
        long lastCount = -1;
        int polls = 0;
        while (System.nanoTime() < deadline) {
            r = call("GET", enrUrl, trainer, null);
            polls++;
            if (r.status() == 401 || r.status() == 403 || r.status() == 404) break;
            if (r.status() == 200) {
                Object page = Json.parse(r.body());
                lastCount = ((Number) Json.get(page, "totalItems")).longValue();
                if (firstSeen < 0) firstSeen = lastCount;
                if (lastCount >= n) {
                    for (Object item : (List<?>) Json.get(page, "items")) enrollments.add(Json.str(item, "id"));
                    break;
                }
            }
            Thread.sleep(20);
        }
        long e1 = System.nanoTime();
        if (enrollments.size() != n) {
            fail("curriculum has " + lastCount + " enrollments of " + n + " in cohort " + cohortId + " after " + (e1 - a1) / 1_000_000
                    + " ms (last GET " + r.status() + " " + abbreviate(r.body()) + ")");
        }
        System.out.printf(Locale.ROOT, "  hop to %d enrollments on curriculum: %d there at the first poll after the last decision's answer, all %d %.3f s after it "
                + "(polled every 20 ms, %d polls); admissions + hop %.2f s%n", n, firstSeen, n, (e1 - a1) / 1e9, polls, (e1 - a0) / 1e9);
        System.out.println(String.format(Locale.ROOT, "SUMMARY admissions workflow: %d learners x 5 requests in %.2f s (per request p50 %.1f ms, p99 %.1f ms); "
                + "all %d enrollments on curriculum %.3f s after the last decision", n, (a1 - a0) / 1e9, pct(am, 50), pct(am, 99), n, (e1 - a1) / 1e9));
        System.out.flush();

        // 3. the calendar -> every half-day of the centre weeks
        r = call("GET", cur + "/api/v1/cohorts/" + cohortId + "/calendar", trainer, null);
        if (r.status() != 200) fail("GET /api/v1/cohorts/{id}/calendar -> " + r.status() + " " + abbreviate(r.body()));
        List<String[]> sessions = new ArrayList<>(); // date, halfDay, moduleCode
        int centerWeeks = 0;
        int holidays = 0;
        for (Object w : (List<?>) Json.get(Json.parse(r.body()), "weeks")) {
            if (!"CENTER".equals(Json.str(w, "kind"))) continue;
            centerWeeks++;
            LocalDate monday = LocalDate.parse(Json.str(w, "monday"));
            Set<LocalDate> off = new HashSet<>();
            Object hs = Json.get(w, "publicHolidays");
            if (hs instanceof List<?> l) for (Object h : l) off.add(LocalDate.parse(Json.str(h, "date")));
            Object ms = Json.get(w, "modules");
            String module = ms instanceof List<?> l && !l.isEmpty() && Json.str(l.get(0), "moduleCode") != null
                    ? Json.str(l.get(0), "moduleCode") : "M1";
            for (int d = 0; d < 5; d++) {
                LocalDate day = monday.plusDays(d);
                if (off.contains(day)) {
                    holidays++;
                    continue;
                }
                sessions.add(new String[] {day.toString(), "MORNING", module});
                sessions.add(new String[] {day.toString(), "AFTERNOON", module});
            }
        }
        System.out.printf(Locale.ROOT, "  calendar (GET in %.1f ms): %d centre weeks, %d weekday public holidays in them -> %d half-day sessions%n",
                r.ms(), centerWeeks, holidays, sessions.size());
        if (sessions.isEmpty()) fail("no centre session in the calendar: " + abbreviate(r.body()));

        // 4. one sheet per session, sequentially
        String sheetsUrl = cur + "/api/v1/cohorts/" + cohortId + "/attendance-sheets";
        Map<String, long[]> expected = new LinkedHashMap<>();
        for (String id : enrollments) expected.put(id, new long[4]);
        List<Double> sheetMs = new ArrayList<>();
        int ok = 0;
        int non201 = 0;
        long s0 = System.nanoTime();
        for (int s = 0; s < sessions.size(); s++) {
            if (System.nanoTime() > budgetEnd) {
                System.out.println("  time budget exhausted after " + s + " sheets");
                break;
            }
            String[] ses = sessions.get(s);
            StringBuilder body = new StringBuilder("{\"date\":\"").append(ses[0]).append("\",\"halfDay\":\"").append(ses[1])
                    .append("\",\"moduleCode\":\"").append(ses[2]).append("\",\"trainer\":\"bench\",\"marks\":[");
            for (int j = 0; j < enrollments.size(); j++) {
                if (j > 0) body.append(',');
                body.append("{\"enrollmentId\":\"").append(enrollments.get(j)).append("\",\"mark\":\"").append(MARKS[markOf(j, s)]).append("\"}");
            }
            body.append("]}");
            r = call("POST", sheetsUrl, trainer, body.toString());
            sheetMs.add(r.ms());
            if (r.status() == 201) {
                ok++;
                for (int j = 0; j < enrollments.size(); j++) expected.get(enrollments.get(j))[markOf(j, s)]++;
            } else {
                if (++non201 <= 3) System.out.printf("  sheet %s %s -> %d %s%n", ses[0], ses[1], r.status(), abbreviate(r.body()));
                if (r.status() == 0 && non201 >= 5) break; // the service is gone
            }
        }
        double sheetSecs = (System.nanoTime() - s0) / 1e9;
        double[] sm = sorted(sheetMs);
        System.out.printf(Locale.ROOT, "  sheets: %d POSTed sequentially (%d marks each) in %.2f s = %.1f sheets/s; latency %s; 201: %d, non-201: %d%n",
                sm.length, enrollments.size(), sheetSecs, sm.length / sheetSecs, stats(sm, 50, 90, 99), ok, non201);
        System.out.println(String.format(Locale.ROOT, "SUMMARY attendance sheets: %d x %d marks in %.2f s = %.1f sheets/s; p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  "
                + "max %.1f ms; non-201 %d", sm.length, enrollments.size(), sheetSecs, sm.length / sheetSecs, pct(sm, 50), pct(sm, 90), pct(sm, 99),
                sm[sm.length - 1], non201));
        System.out.flush();

        // 5. every learner's attendance, read back and checked
        List<Double> readMs = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int minRate = Integer.MAX_VALUE;
        int maxRate = Integer.MIN_VALUE;
        long g0 = System.nanoTime();
        for (String id : enrollments) {
            r = call("GET", cur + "/api/v1/enrollments/" + id + "/attendance", trainer, null);
            readMs.add(r.ms());
            if (r.status() != 200) {
                mismatches.add(id + ": HTTP " + r.status() + " " + abbreviate(r.body()));
                continue;
            }
            Object v = Json.parse(r.body());
            long[] e = expected.get(id);
            long sessionsRead = ((Number) Json.get(v, "sessions")).longValue();
            long[] got = {((Number) Json.get(v, "present")).longValue(), ((Number) Json.get(v, "late")).longValue(),
                    ((Number) Json.get(v, "justifiedAbsences")).longValue(), ((Number) Json.get(v, "unjustifiedAbsences")).longValue()};
            int rate = ((Number) Json.get(v, "ratePercent")).intValue();
            int marksListed = Json.get(v, "marks") instanceof List<?> l ? l.size() : -1;
            long total = e[0] + e[1] + e[2] + e[3];
            int expectedRate = total == 0 ? 0 : (int) ((e[0] + e[1]) * 100 / total);
            minRate = Math.min(minRate, rate);
            maxRate = Math.max(maxRate, rate);
            if (sessionsRead != ok || !Arrays.equals(got, e) || rate != expectedRate || marksListed != ok) {
                mismatches.add(String.format(Locale.ROOT, "%s: sessions %d (expected %d), marks listed %d, present/late/justified/unjustified %s "
                        + "(expected %s), ratePercent %d (expected %d)", id, sessionsRead, ok, marksListed, Arrays.toString(got), Arrays.toString(e),
                        rate, expectedRate));
            }
        }
        double readSecs = (System.nanoTime() - g0) / 1e9;
        double[] rm = sorted(readMs);
        String check = mismatches.isEmpty() ? "OK (sessions = " + ok + ", counts and ratePercent as sent, for all " + enrollments.size() + ")"
                : "MISMATCH for " + mismatches.size() + " of " + enrollments.size();
        System.out.printf(Locale.ROOT, "  read-back: %d GET /api/v1/enrollments/{id}/attendance in %.2f s; latency %s; ratePercent %d..%d; %s%n",
                rm.length, readSecs, stats(rm, 50, 99), minRate, maxRate, check);
        mismatches.stream().limit(5).forEach(m -> System.out.println("    " + m));
        System.out.println(String.format(Locale.ROOT, "SUMMARY attendance read-back: %d learners in %.2f s; p50 %.1f ms  p99 %.1f ms  max %.1f ms; %s",
                rm.length, readSecs, pct(rm, 50), pct(rm, 99), rm[rm.length - 1], mismatches.isEmpty() ? "check OK" : check));
        System.out.flush();
        if (!mismatches.isEmpty() || non201 > 0) System.exit(1);
    }

    /** The least JSON reader the driver needs: objects as Map, arrays as List, numbers as Long or Double. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            j.ws();
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) throw j.error("trailing characters");
            return v;
        }

        static Object get(Object o, String key) {
            return o instanceof Map<?, ?> m ? m.get(key) : null;
        }

        static String str(Object o, String key) {
            Object v = get(o, key);
            return v == null ? null : v.toString();
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + i + ": " + abbreviate(s));
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            if (i >= s.length()) throw error("unexpected end");
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int b = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    String num = s.substring(b, i);
                    if (num.isEmpty()) throw error("unexpected character");
                    if (num.matches("-?\\d+")) return Long.parseLong(num);
                    return Double.parseDouble(num);
                }
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) throw error("expected '" + c + "'");
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (i >= s.length()) break;
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e); // \" \\ \/
                }
            }
            throw error("unterminated string");
        }
    }

    // ---- dashboard ---------------------------------------------------------------------------------------------------

    static void dashboard(String[] args) throws Exception {
        Map<String, String> a = options(args, new ArrayList<>());
        String curriculum = a.get("curriculum"), token = a.get("manager-token"), stub = a.get("stub"), key = a.get("key"), year = a.get("school-year");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // export: every page of the school year's records
        long t0 = System.nanoTime();
        List<String> records = new ArrayList<>();
        int pages = 0;
        for (int page = 0; ; page++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(curriculum + "/api/v1/national-dashboard/records?schoolYear=" + year
                    + "&size=100&page=" + page)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("GET records page " + page + " -> " + r.statusCode() + " " + r.body());
            List<String> items = objectsOf(r.body().substring(r.body().indexOf("\"items\":[") + 9));
            pages++;
            if (items.isEmpty()) break;
            records.addAll(items);
        }
        double exportS = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        for (int i = 0; i < pages; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(curriculum + "/api/v1/programme")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("GET programme -> " + r.statusCode());
        }
        double referenceGetS = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  export: %d records in %d requests: %.2f s (%.0f records/s); reference, %d GETs of /api/v1/programme: %.2f s%n",
                records.size(), pages, exportS, records.size() / exportS, pages, referenceGetS);

        // reference transmission: the same records straight to the stub, 2 000 a request
        t0 = System.nanoTime();
        int batches = 0;
        for (int from = 0; from < records.size(); from += 2000) {
            String body = "[" + String.join(",", records.subList(from, Math.min(records.size(), from + 2000))) + "]";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stub + "/api/v3/dossiers-apprenants")).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("stub -> " + r.statusCode() + " " + r.body());
            batches++;
        }
        double referencePostS = (System.nanoTime() - t0) / 1e9;

        t0 = System.nanoTime();
        String first = transmit(http, curriculum, token);
        double transmitS = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        String second = transmit(http, curriculum, token);
        double againS = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  transmission: %.2f s, %s; reference, the %d records POSTed straight to the stub in %d batches: %.2f s%n",
                transmitS, summary(first), records.size(), batches, referencePostS);
        System.out.printf(Locale.ROOT, "  second transmission (nothing changed): %.2f s, %s%n", againS, summary(second));
        System.out.printf(Locale.ROOT, "SUMMARY dashboard export %d records %.2f s (reference %.2f s); transmission %.2f s %s (reference %.2f s); again %.2f s %s%n",
                records.size(), exportS, referenceGetS, transmitS, summary(first), referencePostS, againS, summary(second));
    }

    static String transmit(HttpClient http, String curriculum, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(curriculum + "/api/v1/national-dashboard/transmissions"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) throw new IllegalStateException("POST transmissions -> " + r.statusCode() + " " + r.body());
        return r.body();
    }

    /** state, batches, sent, accepted and rejected of a transmission's JSON. */
    static String summary(String transmission) {
        StringBuilder out = new StringBuilder();
        for (String field : List.of("state", "batches", "sent", "accepted", "rejected")) {
            Matcher m = Pattern.compile("\"" + field + "\":\"?([A-Z_0-9]+)").matcher(transmission);
            out.append(out.length() == 0 ? "" : " ").append(field).append('=').append(m.find() ? m.group(1) : "?");
        }
        return out.toString();
    }

    /** The top-level JSON objects of an array's content, as text (the array starts at {@code json}'s first character). */
    static List<String> objectsOf(String json) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = -1;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '{') { if (depth++ == 0) start = i; }
            else if (c == '}') { if (--depth == 0) out.add(json.substring(start, i + 1)); }
            else if (c == ']' && depth == 0) break;
        }
        return out;
    }
}
