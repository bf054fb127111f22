package fr.cfa.backoffice.journey;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as built ({@code <service>-service/target/quarkus-app/quarkus-run.jar}) in its own JVM, with the
 * environment deploy/local/lib.sh gives it, its output in {@code <work>/<service>.log}.
 */
final class ServiceProcess {
    /** deploy/local/lib.sh's SERVICE_JAVA_OPTS: small heaps, C1 only (startup over peak throughput). */
    static final List<String> JAVA_OPTS = List.of("-Xmx160m", "-Xms32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:ReservedCodeCacheSize=48m");

    final String name;
    final int port;
    final int managementPort;
    final Path log;
    private final Path appDir;
    private Process process;

    ServiceProcess(String name, Path repoRoot, Path workDir) throws IOException {
        this.name = name;
        this.appDir = repoRoot.resolve(name + "-service/target/quarkus-app");
        this.port = freePort();
        this.managementPort = freePort();
        this.log = workDir.resolve(name + ".log");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void start(Map<String, String> environment) throws IOException {
        Path jar = appDir.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package -DskipTests, or verify from the root)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dcfa.backoffice.journey=" + name); // names the process in ps
        command.addAll(JAVA_OPTS);
        // The AppCDS archive the build leaves beside the jar records the class path as "quarkus-run.jar": run from that folder.
        if (Files.isRegularFile(appDir.resolve("app-cds.jsa"))) command.add("-XX:SharedArchiveFile=app-cds.jsa");
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("PUBLIC_BASE_URL", baseUrl());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        process = builder.start();
    }

    /** Until /q/health/ready answers 200 (database and Kafka reachable); fails at once when the JVM exits. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before being ready; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) return;
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            TimeUnit.MILLISECONDS.sleep(200); // poll interval
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s (last: " + last + "); see " + log + "\n" + tail());
    }

    /** SIGTERM without waiting (Quarkus shuts down gracefully), so several services stop in parallel. */
    void stopSignal() {
        if (process != null) process.destroy();
    }

    /** SIGTERM, then SIGKILL after 20 s. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** For a JVM shutdown hook: never leave a service behind, even when the test JVM is stopped. */
    void kill() {
        if (process != null) process.destroyForcibly();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "----- last lines of " + log + " -----\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return name + " on " + baseUrl() + " (management port " + managementPort + ", log " + log + ")";
    }
}
