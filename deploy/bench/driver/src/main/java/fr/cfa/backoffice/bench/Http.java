package fr.cfa.backoffice.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.bench.BenchDriver.Failed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** java.net.http with JSON bodies (Jackson) and timings; one shared HTTP/1.1 client. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Http() {}

    /** An answer: status 0 when the connection failed (the body then says why); ms from send to the whole body in. */
    record Resp(int status, String body, double ms, String etag, String location, boolean replayed) {
        Resp(int status, String body, double ms, String etag, String location) {
            this(status, body, ms, etag, location, false);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new Failed("not JSON (HTTP " + status + "): " + abbreviate(body));
            }
        }

        /** A text member of the JSON body, or null. */
        String text(String field) {
            JsonNode v = json().get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        /** Fails unless the status is {@code expected}. */
        Resp expect(int expected, String what) {
            if (status != expected) throw new Failed(what + " -> " + status + " " + abbreviate(body));
            return this;
        }
    }

    /** One request; {@code body} is a String sent as is, or an object written by Jackson; null for none. */
    static HttpRequest request(String method, String url, String token, Object body, String ifMatch, Duration timeout) {
        return request(method, url, token, body, ifMatch, timeout, Map.of());
    }

    static HttpRequest request(String method, String url, String token, Object body, String ifMatch, Duration timeout, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json");
        headers.forEach(b::header);
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (ifMatch != null) b.header("If-Match", ifMatch);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    static String write(Object body) {
        if (body instanceof String s) return s;
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Resp call(String method, String url, String token, Object body) {
        return call(method, url, token, body, null, Duration.ofSeconds(10));
    }

    static Resp call(String method, String url, String token, Object body, String ifMatch, Duration timeout) {
        return call(method, url, token, body, ifMatch, Map.of(), timeout);
    }

    /** The same with more request headers (e.g. Idempotency-Key). */
    static Resp call(String method, String url, String token, Object body, String ifMatch, Map<String, String> headers, Duration timeout) {
        HttpRequest req = request(method, url, token, body, ifMatch, timeout, headers);
        long t0 = System.nanoTime();
        try {
            return resp(CLIENT.send(req, HttpResponse.BodyHandlers.ofString()), t0);
        } catch (IOException e) {
            return new Resp(0, e.toString(), (System.nanoTime() - t0) / 1e6, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Resp(0, "interrupted", (System.nanoTime() - t0) / 1e6, null, null);
        }
    }

    /** The same, asynchronously; a failed connection completes normally, with status 0. */
    static CompletableFuture<Resp> async(String method, String url, String token, Object body, String ifMatch) {
        HttpRequest req = request(method, url, token, body, ifMatch, Duration.ofSeconds(30));
        long t0 = System.nanoTime();
        return CLIENT.sendAsync(req, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> resp(r, t0))
                .exceptionally(e -> new Resp(0, e.toString(), (System.nanoTime() - t0) / 1e6, null, null));
    }

    private static Resp resp(HttpResponse<String> r, long t0) {
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Resp(r.statusCode(), r.body(), ms, r.headers().firstValue("ETag").orElse(null),
                r.headers().firstValue("Location").orElse(null), r.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false));
    }

    /** The status of a GET (0 when the connection failed). */
    static int status(String url, String token, Duration timeout) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
            if (token != null) b.header("Authorization", "Bearer " + token);
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * {@code task(i)} for i = 0..count-1, at most {@code inFlight} at once (each task's future holds its slot until it
     * completes); returns when all are done. The first failure stops the submissions and is thrown once the rest are in.
     */
    static void bounded(int count, int inFlight, IntFunction<CompletableFuture<?>> task) {
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            for (int i = 0; i < count && failure.get() == null; i++) {
                slots.acquire();
                CompletableFuture<?> f;
                try {
                    f = task.apply(i);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    slots.release();
                    break;
                }
                f.whenComplete((v, e) -> {
                    if (e != null) failure.compareAndSet(null, e);
                    slots.release();
                });
            }
            slots.acquire(inFlight); // every task is done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
        Throwable e = failure.get();
        while (e instanceof CompletionException && e.getCause() != null) e = e.getCause();
        if (e instanceof RuntimeException r) throw r;
        if (e != null) throw new Failed(e.toString());
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        s = s.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
