import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of deploy/bench/bench.sh (LOCAL, 127.0.0.1 targets only). Two sub-commands:
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
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: BenchDriver startup --port P --runs N --log PREFIX -- CMD...\n"
                + "       BenchDriver hop --post URL --post-token T --get-prefix URL --get-token T --events N [--warmup W]");
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
}
