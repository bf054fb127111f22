package fr.cfa.backoffice.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs, then, after {@code --}, the rest (a command line). */
final class Options {
    private final Map<String, String> values;
    final List<String> rest;

    private Options(Map<String, String> values, List<String> rest) {
        this.values = values;
        this.rest = rest;
    }

    static Options parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                rest.addAll(Arrays.asList(args).subList(i + 1, args.length));
                break;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) usage();
            o.put(args[i].substring(2), args[++i]);
        }
        return new Options(o, rest);
    }

    static void usage() {
        System.err.println(BenchDriver.USAGE);
        System.exit(2);
    }

    /** A required option. */
    String get(String name) {
        String v = values.get(name);
        if (v == null) {
            System.err.println("missing --" + name);
            usage();
        }
        return v;
    }

    String get(String name, String orElse) {
        return values.getOrDefault(name, orElse);
    }

    int integer(String name, int orElse, int min, int max) {
        int v = Integer.parseInt(get(name, String.valueOf(orElse)));
        if (v < min || v > max) {
            System.err.println("--" + name + " must be " + min + ".." + max);
            usage();
        }
        return v;
    }

    long number(String name, long orElse) {
        return Long.parseLong(get(name, String.valueOf(orElse)));
    }

    /** A base URL on 127.0.0.1 (nothing else is a target), without its trailing slash. */
    String localUrl(String name) {
        return local(get(name));
    }

    static String local(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host)) {
            System.err.println("only 127.0.0.1 targets: " + url);
            System.exit(2);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
