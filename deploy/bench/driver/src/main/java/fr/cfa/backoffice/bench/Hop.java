package fr.cfa.backoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cfa.backoffice.bench.Http.Resp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code hop --post URL --post-token T --get-prefix URL --get-token T --events N [--warmup W]}: N times, sequentially,
 * POST a cohort (201 + JSON id), then poll GET {get-prefix}/{id} every 2 ms until 200. Latency = from the POST's
 * response to the first 200. Prints p50/p90/p99/max and a final line LAST_ID=&lt;id&gt;.
 */
final class Hop {
    private Hop() {}

    static void run(Options o) throws Exception {
        String post = o.localUrl("post");
        String postToken = o.get("post-token");
        String getPrefix = o.localUrl("get-prefix");
        String getToken = o.get("get-token");
        int events = o.integer("events", 200, 1, 10_000);
        int warmup = o.integer("warmup", 0, 0, 100);
        long perEventTimeoutMs = o.number("event-timeout-ms", 10_000);
        long totalBudgetMs = o.number("budget-ms", 300_000);
        int pollMs = o.integer("poll-ms", 2, 0, 1000);

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
            Map<String, Object> cohort = Map.of("code", "BENCH-" + runId + "-" + (i + 1), "startDate", "2027-01-04", "capacity", 12);
            Resp resp = Http.call("POST", post, postToken, cohort);
            long t0 = System.nanoTime(); // the POST's response is in
            if (resp.status() != 201) {
                System.out.printf("  POST %s -> %d %s%n", post, resp.status(), Http.abbreviate(resp.body()));
                if (++failures >= 5) break;
                continue;
            }
            String id = idOf(resp);
            if (id == null) {
                System.out.println("  POST answered 201 without id nor Location: " + Http.abbreviate(resp.body()));
                if (++failures >= 5) break;
                continue;
            }
            lastId = id;
            String get = getPrefix + "/" + id;
            long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(perEventTimeoutMs);
            int st = 0;
            long t1 = 0;
            while (System.nanoTime() < deadline) {
                st = Http.status(get, getToken, Duration.ofSeconds(2));
                if (st == 200) {
                    t1 = System.nanoTime();
                    break;
                }
                if (st == 401 || st == 403) break; // will never turn into 200
                Thread.sleep(pollMs);
            }
            if (st != 200) {
                System.out.printf("  event %d (id %s): GET %s still %d after %d ms%n", i + 1, id, get, st, (System.nanoTime() - t0) / 1_000_000);
                if (++failures >= 5) break;
                continue;
            }
            if (measured) {
                lat.add((t1 - t0) / 1e6);
                postMs.add(resp.ms());
            }
        }
        if (lat.isEmpty()) {
            System.out.println("  no event went through (" + failures + " failures)");
            if (lastId != null) System.out.println("LAST_ID=" + lastId);
            System.exit(1);
        }
        double[] v = Stats.sorted(lat);
        double[] pv = Stats.sorted(postMs);
        System.out.printf(Locale.ROOT, "  hop latency over %d events (after %d warm-up, %d failures): "
                        + "p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  (mean %.1f ms)%n",
                v.length, warmup, failures, Stats.pct(v, 50), Stats.pct(v, 90), Stats.pct(v, 99), Stats.max(v), Stats.mean(v));
        System.out.printf(Locale.ROOT, "  POST round trip itself: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                Stats.pct(pv, 50), Stats.pct(pv, 90), Stats.pct(pv, 99), Stats.max(pv));
        System.out.println("LAST_ID=" + lastId);
    }

    /** The "id" of the JSON body, else the last segment of Location. */
    private static String idOf(Resp resp) {
        try {
            JsonNode id = resp.json().get("id");
            if (id != null && !id.isNull()) return id.asText();
        } catch (BenchDriver.Failed notJson) {
            // fall back on Location
        }
        String l = resp.location();
        return l == null ? null : l.substring(l.lastIndexOf('/') + 1);
    }
}
