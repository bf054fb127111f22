package fr.cfa.backoffice.tools.dashboardstub;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DEVELOPMENT AND TESTS ONLY: a stand-in for the State's national apprenticeship dashboard ("tableau de bord de
 * l'apprentissage"), API version 3, served by the JDK's HTTP server on 127.0.0.1.
 *
 * <p>{@code POST {baseUrl}/api/v3/dossiers-apprenants} with {@code Authorization: Bearer <key>} and a JSON array of at
 * most {@value #MAX_RECORDS} learners' records answers 200 {@code {"status":"OK","message":"Queued","data":[...]}},
 * one {@code data} entry per invalid record ({@code id_erp_apprenant}, {@code annee_scolaire}, {@code index},
 * {@code validation_errors}); valid records are stored (upsert on {@code (annee_scolaire, id_erp_apprenant)}),
 * invalid ones are not. The rules are {@link RecordValidator}'s. A wrong or missing key answers 401, a body that is not
 * a JSON array 400, more than {@value #MAX_RECORDS} records 400, a body that is not JSON (Content-Type) 415.
 *
 * <p>{@code GET {baseUrl}/api/v3/dossiers-apprenants[?id_erp_apprenant=...]} (same key) lists the stored records;
 * {@code GET /health} answers 200.
 *
 * <p>For tests: {@link #answerNext(int, int)} and {@link #rejectAlways(int)} script failures, and {@link #batches()},
 * {@link #requests()}, {@link #stored()}, {@link #versionsOf(String)}, {@link #forbiddenFieldsSeen()} tell what
 * arrived. Every method is thread-safe. The returned {@link JsonNode}s are the stub's own: read them, do not modify them.
 */
public final class NationalDashboardStub implements AutoCloseable {

    /** The records' endpoint, appended to {@link #baseUrl()}. */
    public static final String PATH = "/api/v3/dossiers-apprenants";
    /** The most records one POST may carry. */
    public static final int MAX_RECORDS = 2000;
    /** The port {@link #main(String[])} listens on by default. */
    public static final int DEFAULT_PORT = 18500;
    /** DEVELOPMENT ONLY: the key {@link #main(String[])} expects by default. Not a secret, never a real exchange key. */
    public static final String DEFAULT_KEY = "local-dashboard-key-NOT-A-SECRET";

    private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static {
        // Without TCP_NODELAY the JDK's server writes its answer's headers and body as two segments and waits for the
        // client's delayed ACK in between: about 40 ms a request with java.net.http, instead of 2 to 4. The JDK reads
        // this once, when its first HttpServer is created in the JVM; a value set by the user (-D) is left alone.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * One POST that reached validation and was answered 200.
     *
     * @param size    the number of records in the array
     * @param records every record as sent, valid or not, in order
     * @param invalid the {@code data} entries answered (one per invalid record)
     */
    public record Batch(int size, List<JsonNode> records, List<JsonNode> invalid) {
        public Batch {
            records = List.copyOf(records);
            invalid = List.copyOf(invalid);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] expectedAuthorization;

    private final Object lock = new Object();
    // guarded by lock
    private final Deque<Integer> scriptedAnswers = new ArrayDeque<>();
    private int alwaysStatus;
    private int requests;
    private int forbiddenFieldsSeen;
    private final List<Batch> batches = new ArrayList<>();
    private final Map<String, JsonNode> stored = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> versions = new LinkedHashMap<>();

    private NationalDashboardStub(int port, String expectedKey) {
        Objects.requireNonNull(expectedKey, "expectedKey");
        if (expectedKey.isBlank()) {
            throw new IllegalArgumentException("the expected key must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.expectedAuthorization = ("Bearer " + expectedKey).getBytes(StandardCharsets.UTF_8);
        try {
            InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
            this.server = HttpServer.create(new InetSocketAddress(loopback, port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "national-dashboard-stub-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a stub on 127.0.0.1, on a free port, expecting {@code Authorization: Bearer <expectedKey>}. */
    public static NationalDashboardStub start(String expectedKey) {
        return start(0, expectedKey);
    }

    /** Starts a stub on 127.0.0.1:{@code port} (0: a free port), expecting {@code Authorization: Bearer <expectedKey>}. */
    public static NationalDashboardStub start(int port, String expectedKey) {
        return new NationalDashboardStub(port, expectedKey);
    }

    /** {@code http://127.0.0.1:<port>}; the client appends {@value #PATH}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The next {@code times} POSTs answer {@code status} before anything is checked (key included), then answers are
     * normal again. 429 comes with {@code Retry-After: 1}. Calls add up: {@code answerNext(429, 1); answerNext(500, 1)}
     * answers 429 then 500.
     */
    public void answerNext(int status, int times) {
        checkFailureStatus(status);
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative: " + times);
        }
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                scriptedAnswers.addLast(status);
            }
        }
    }

    /** Every POST answers {@code status} (e.g. 401: a revoked key) until {@link #reset()}. */
    public void rejectAlways(int status) {
        checkFailureStatus(status);
        synchronized (lock) {
            alwaysStatus = status;
        }
    }

    /** Every POST that reached validation and was answered 200, in order. */
    public List<Batch> batches() {
        synchronized (lock) {
            return List.copyOf(batches);
        }
    }

    /** Every POST to {@value #PATH} received, whatever its answer (retries included). */
    public int requests() {
        synchronized (lock) {
            return requests;
        }
    }

    /** The accepted records, last version of each, by {@code "annee_scolaire|id_erp_apprenant"}, in first-arrival order. */
    public Map<String, JsonNode> stored() {
        synchronized (lock) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(stored));
        }
    }

    /** Every accepted version of this learner's records (any school year), in order; empty when none. */
    public List<JsonNode> versionsOf(String idErpApprenant) {
        synchronized (lock) {
            return List.copyOf(versions.getOrDefault(idErpApprenant, List.of()));
        }
    }

    /** How many forbidden fields ({@code rqth_apprenant}, {@code date_rqth_apprenant}, {@code nir_apprenant}) arrived, null or not. */
    public int forbiddenFieldsSeen() {
        synchronized (lock) {
            return forbiddenFieldsSeen;
        }
    }

    /** Forgets everything received and every scripted answer: back to normal answers. */
    public void reset() {
        synchronized (lock) {
            scriptedAnswers.clear();
            alwaysStatus = 0;
            requests = 0;
            forbiddenFieldsSeen = 0;
            batches.clear();
            stored.clear();
            versions.clear();
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // --- HTTP ------------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (PATH.equals(path) && "POST".equals(method)) {
                post(exchange);
            } else if (PATH.equals(path) && "GET".equals(method)) {
                get(exchange);
            } else if ("/health".equals(path) && ("GET".equals(method) || "HEAD".equals(method))) {
                drain(exchange);
                send(exchange, 200, status("OK", "Up"), "GET /health 200");
            } else if (PATH.equals(path) || "/health".equals(path)) {
                drain(exchange);
                exchange.getResponseHeaders().set("Allow", "/health".equals(path) ? "GET, HEAD" : "GET, POST");
                send(exchange, 405, error("Method not allowed"), method + " " + path + " 405");
            } else {
                drain(exchange);
                send(exchange, 404, error("Not found"), method + " " + path + " 404");
            }
        } catch (RuntimeException e) {
            // a bug of the stub: say so rather than leave the client waiting
            try {
                send(exchange, 500, error("Stub failure: " + e), exchange.getRequestMethod() + " 500 (stub failure: " + e + ")");
            } catch (IOException | RuntimeException ignored) {
                // the answer may already be on its way
            }
        } finally {
            exchange.close();
        }
    }

    private void post(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange); // read first in every case, so that an early answer does not reset the client's upload
        int scripted;
        synchronized (lock) {
            requests++;
            scripted = alwaysStatus != 0 ? alwaysStatus : scriptedAnswers.isEmpty() ? 0 : scriptedAnswers.removeFirst();
        }
        String line = "POST " + PATH + " ";
        if (scripted != 0) {
            if (scripted == 429) {
                exchange.getResponseHeaders().set("Retry-After", "1");
            }
            send(exchange, scripted, error(scriptedMessage(scripted)), line + scripted + " (scripted)");
            return;
        }
        if (!authorized(exchange)) {
            send(exchange, 401, error("Unauthorized"), line + "401 (wrong or missing key)");
            return;
        }
        if (body == null) {
            send(exchange, 413, error("Request body larger than " + MAX_BODY_BYTES + " bytes"), line + "413 (body too large)");
            return;
        }
        if (!isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            send(exchange, 415, error("Content-Type must be application/json"), line + "415 (not JSON)");
            return;
        }
        JsonNode array;
        try {
            array = JSON.readTree(body);
        } catch (IOException e) {
            array = null;
        }
        if (array == null || !array.isArray()) {
            send(exchange, 400, error("The body must be a JSON array of records"), line + "400 (not a JSON array)");
            return;
        }
        if (array.size() > MAX_RECORDS) {
            send(exchange, 400, error("At most " + MAX_RECORDS + " records per request"),
                    line + "400 (" + array.size() + " records, more than " + MAX_RECORDS + ")");
            return;
        }
        List<JsonNode> records = new ArrayList<>(array.size());
        array.forEach(records::add);
        ArrayNode data = NODES.arrayNode();
        List<JsonNode> valid = new ArrayList<>(records.size());
        int forbidden = 0;
        for (int index = 0; index < records.size(); index++) {
            JsonNode record = records.get(index);
            RecordValidator.Result result = RecordValidator.validate(record);
            forbidden += result.forbiddenFields();
            if (result.valid()) {
                valid.add(record);
            } else {
                data.add(invalidEntry(record, index, result.violations()));
            }
        }
        List<JsonNode> invalid = new ArrayList<>(data.size());
        data.forEach(invalid::add);
        synchronized (lock) {
            forbiddenFieldsSeen += forbidden;
            for (JsonNode record : valid) {
                String id = record.get("id_erp_apprenant").textValue();
                stored.put(record.get("annee_scolaire").textValue() + "|" + id, record);
                versions.computeIfAbsent(id, k -> new ArrayList<>()).add(record);
            }
            batches.add(new Batch(records.size(), records, invalid));
        }
        ObjectNode answer = status("OK", "Queued");
        answer.set("data", data);
        send(exchange, 200, answer, line + "200 records=" + records.size() + " invalid=" + invalid.size()
                + (forbidden > 0 ? " forbidden_fields=" + forbidden : ""));
    }

    private void get(HttpExchange exchange) throws IOException {
        drain(exchange);
        if (!authorized(exchange)) {
            send(exchange, 401, error("Unauthorized"), "GET " + PATH + " 401 (wrong or missing key)");
            return;
        }
        String id = queryParameter(exchange.getRequestURI().getRawQuery(), "id_erp_apprenant");
        ArrayNode answer = NODES.arrayNode();
        synchronized (lock) {
            for (JsonNode record : stored.values()) {
                if (id == null || id.equals(record.get("id_erp_apprenant").textValue())) {
                    answer.add(record);
                }
            }
        }
        send(exchange, 200, answer, "GET " + PATH + " 200 records=" + answer.size());
    }

    private static ObjectNode invalidEntry(JsonNode record, int index, List<RecordValidator.Violation> violations) {
        ObjectNode entry = NODES.objectNode();
        entry.set("id_erp_apprenant", textOrNull(record, "id_erp_apprenant"));
        entry.set("annee_scolaire", textOrNull(record, "annee_scolaire"));
        entry.put("index", index);
        ArrayNode errors = entry.putArray("validation_errors");
        for (RecordValidator.Violation violation : violations) {
            ObjectNode error = errors.addObject();
            error.put("message", violation.message());
            ArrayNode path = error.putArray("path");
            if (violation.field() != null) {
                path.add(violation.field());
            }
        }
        return entry;
    }

    private static JsonNode textOrNull(JsonNode record, String field) {
        JsonNode value = record == null ? null : record.get(field);
        return value != null && value.isTextual() ? value : NODES.nullNode();
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && MessageDigest.isEqual(expectedAuthorization, header.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The whole body, or null when larger than the limit (the rest is then discarded). */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            boolean tooLarge = false;
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (!tooLarge && out.size() + n > MAX_BODY_BYTES) {
                    tooLarge = true;
                    out = null;
                }
                if (!tooLarge) {
                    out.write(buffer, 0, n);
                }
            }
            return tooLarge ? null : out.toByteArray();
        }
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private void send(HttpExchange exchange, int status, JsonNode body, String logLine) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        System.out.println(OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS) + " national-dashboard-stub " + logLine);
    }

    private static ObjectNode status(String status, String message) {
        ObjectNode node = NODES.objectNode();
        node.put("status", status);
        node.put("message", message);
        return node;
    }

    private static ObjectNode error(String message) {
        return status("ERROR", message);
    }

    private static String scriptedMessage(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 408 -> "Request timeout";
            case 413 -> "Payload too large";
            case 429 -> "Too many requests";
            case 500 -> "Internal error";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> "Error " + status;
        };
    }

    private static void checkFailureStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a scripted answer is a failure, 400 to 599: " + status);
        }
    }

    // --- command line ----------------------------------------------------------------------------------------------

    /**
     * DEVELOPMENT ONLY. {@code java -jar national-dashboard-stub.jar [--port 18500] [--key KEY]}: listens on
     * 127.0.0.1 until stopped (Ctrl-C), one line per request on stdout (never the key).
     */
    public static void main(String[] args) throws InterruptedException {
        int port = DEFAULT_PORT;
        String key = DEFAULT_KEY;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--key" -> key = value(args, ++i, arg);
                case "-h", "--help" -> {
                    System.out.println(usage());
                    return;
                }
                default -> usageError("unknown argument: " + arg);
            }
        }
        if (key.isBlank()) {
            usageError("--key must not be blank");
        }
        NationalDashboardStub stub = start(port, key);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stub.close();
            stopped.countDown();
        }, "national-dashboard-stub-shutdown"));
        System.out.println("national-dashboard-stub (DEVELOPMENT ONLY, not the State's service) listening on " + stub.baseUrl()
                + ": POST/GET " + PATH + ", GET /health; key: "
                + (DEFAULT_KEY.equals(key) ? "the development default (see README)" : "the one given with --key"));
        stopped.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usageError(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // below
        }
        usageError("--port must be 0 to 65535: " + text);
        return -1;
    }

    private static void usageError(String message) {
        System.err.println(message);
        System.err.println(usage());
        System.exit(2);
    }

    private static String usage() {
        return "usage: java -jar national-dashboard-stub.jar [--port " + DEFAULT_PORT + "] [--key <key>]\n"
                + "  DEVELOPMENT ONLY: a stub of the national apprenticeship dashboard (API v3) on 127.0.0.1.\n"
                + "  default key: " + DEFAULT_KEY + " (not a secret)";
    }
}
