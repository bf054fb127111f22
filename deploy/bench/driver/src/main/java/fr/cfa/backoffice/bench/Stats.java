package fr.cfa.backoffice.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Percentiles of latencies (milliseconds), over sorted arrays. */
final class Stats {
    private Stats() {}

    static double[] sorted(Collection<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Nearest-rank percentile of a sorted array; NaN when empty. */
    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** "p50 1.2 ms  p99 3.4 ms  max 5.6 ms" */
    static String line(double[] sorted, int... pcts) {
        StringBuilder sb = new StringBuilder();
        for (int p : pcts) sb.append(String.format(Locale.ROOT, "p%d %.1f ms  ", p, pct(sorted, p)));
        sb.append(String.format(Locale.ROOT, "max %.1f ms", max(sorted)));
        return sb.toString();
    }

    static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
