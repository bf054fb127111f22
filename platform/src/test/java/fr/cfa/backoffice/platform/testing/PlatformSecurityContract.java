package fr.cfa.backoffice.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The security and exposure rules every service keeps (issue 9: findings 1, 5, 11, 12, 13). A service's
 * test class extends it, annotated {@code @QuarkusTest}, and hands it a {@link Sample}: one authenticated read and one creation.
 */
public abstract class PlatformSecurityContract {
    /**
     * What the rules are exercised on: an authenticated GET answering 200 for {@code readRole}; a POST creating
     * something for {@code createRole}, whose valid body {@code createBody} puts a given (JSON-escaped) text in the
     * free-text field {@code textField}; whether that POST answers 201 with a Location (a stateless check does not).
     */
    public record Sample(String readPath, String readRole, String createPath, String createRole,
                         Function<String, String> createBody, String textField, boolean createsWithLocation) {}

    private final Sample sample;

    protected PlatformSecurityContract(Sample sample) {
        this.sample = sample;
    }

    // --- 1. listens on loopback only ---------------------------------------------------------------------

    @Test
    void the_service_listens_on_loopback_only() throws Exception {
        InetAddress external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(this::isUp).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElse(null);
        Assumptions.assumeTrue(external != null, "no non-loopback IPv4 address on this machine");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 2_000); // the control: it is listening
        }
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external, RestAssured.port), 2_000);
            }
        }, "reachable on " + external.getHostAddress() + ":" + RestAssured.port);
    }

    // --- 5. tokens for other applications, too long-lived or from the future are refused --------------------

    @Test
    void a_token_for_this_product_is_accepted() {
        given().header("Authorization", "Bearer " + TestTokens.sign(TestTokens.claims(sample.readRole(), "control")))
                .when().get(sample.readPath()).then().statusCode(200);
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        unauthorized(TestTokens.claims(sample.readRole(), "someone").audience("some-other-application"));
    }

    @Test
    void a_token_without_audience_is_refused() {
        unauthorized(io.smallrye.jwt.build.Jwt.issuer(TestTokens.ISSUER).subject("someone").upn("someone").groups(sample.readRole()).expiresIn(3600));
    }

    @Test
    void a_token_living_ten_years_is_refused() {
        long now = Instant.now().getEpochSecond();
        unauthorized(TestTokens.claims(sample.readRole(), "someone").issuedAt(now).expiresAt(now + 10L * 365 * 24 * 3600));
    }

    @Test
    void a_token_issued_in_the_future_is_refused() {
        long inAYear = Instant.now().getEpochSecond() + 365L * 24 * 3600;
        unauthorized(TestTokens.claims(sample.readRole(), "someone").issuedAt(inAYear).expiresAt(inAYear + 600));
    }

    /** platform's VerifiedTokenCache: the signature of a caller's token is checked once, any other string in full. */
    @Test
    void a_token_is_verified_once_and_a_tampered_copy_is_refused() {
        String token = TestTokens.sign(TestTokens.claims(sample.readRole(), "cached-" + java.util.UUID.randomUUID()));
        double verified = verifiedTokens("verified");
        double cached = verifiedTokens("cached");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token).when().get(sample.readPath()).then().statusCode(200);
        }
        assertEquals(verified + 1, verifiedTokens("verified"), "verified once");
        assertTrue(verifiedTokens("cached") >= cached + 2, "then answered from the cache");

        String[] parts = token.split("\\.");
        char c = parts[2].charAt(5);
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 5) + (c == 'A' ? 'B' : 'A') + parts[2].substring(6);
        given().header("Authorization", "Bearer " + tampered).when().get(sample.readPath()).then().statusCode(401);
        String otherClaims = parts[0] + "." + TestTokens.sign(TestTokens.claims(sample.readRole(), "someone-else")).split("\\.")[1] + "." + parts[2];
        given().header("Authorization", "Bearer " + otherClaims).when().get(sample.readPath()).then().statusCode(401);
        given().header("Authorization", "Bearer " + token).when().get(sample.readPath()).then().statusCode(200);
    }

    private static double verifiedTokens(String result) {
        var counter = io.quarkus.arc.Arc.container().instance(io.micrometer.core.instrument.MeterRegistry.class).get()
                .find("backoffice.jwt.verified").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private void unauthorized(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        given().header("Authorization", "Bearer " + TestTokens.sign(claims))
                .when().get(sample.readPath()).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:cfa:problem:unauthorized"));
    }

    // --- 11. metrics for operators only; health names no address ---------------------------------------------

    @Test
    void metrics_are_not_served_on_the_public_port() {
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metrics_are_served_on_the_management_port_on_loopback() {
        int managementPort = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        assertTrue(managementPort > 0 && managementPort != RestAssured.port, "management port " + managementPort);
        String metrics = given().baseUri("http://127.0.0.1").port(managementPort).when().get("/q/metrics")
                .then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("backbone_outbox_backlog"), "backbone metrics on the management port");
    }

    @Test
    void the_openapi_document_and_swagger_ui_stay_public_on_the_service_port() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
        given().redirects().follow(true).when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void health_is_public_and_names_no_address_or_version() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String jdbc = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String body = given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")).extract().asString();
        for (String secret : new String[] {bootstrap, bootstrap.replaceAll(":.*", ""), jdbc, "127.0.0.1", "localhost", "jdbc:", "version"}) {
            assertFalse(body.contains(secret), "health names " + secret + ": " + body);
        }
    }

    @Test
    void without_simulated_time_there_is_no_clock_to_move() {
        given().when().get("/q/clock").then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body("{\"now\":\"2040-01-01T09:00:00+01:00\"}").when().put("/q/clock").then().statusCode(404);
        given().when().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Clock' }.data.simulated", equalTo(false));
    }

    // --- 12. the prod profile has no development defaults ----------------------------------------------------

    @Test
    void the_prod_profile_has_no_development_issuer_password_or_addresses() throws IOException {
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod").withDefaultValue("quarkus.application.name", "x")
                .withSources(source("application.properties", 250), source("META-INF/microprofile-config.properties", 100)).build();
        for (String key : new String[] {"mp.jwt.verify.issuer", "quarkus.datasource.password", "quarkus.datasource.username",
                "quarkus.datasource.jdbc.url", "kafka.bootstrap.servers", "mp.jwt.verify.publickey.location"}) {
            Optional<String> value = Optional.empty();
            try {
                value = prod.getOptionalValue(key, String.class);
            } catch (java.util.NoSuchElementException unresolved) {
                // ${ENV} without default and no such variable: exactly what we want
            }
            assertTrue(value.isEmpty() || value.get().isBlank(), key + " has a default in the prod profile: " + value.orElse(""));
        }
        assertEquals("false", prod.getRawValue("backoffice.development-keys-allowed"));
        assertEquals("127.0.0.1", prod.getValue("quarkus.http.host", String.class));
        assertEquals("false", prod.getValue("backoffice.simulated-time.enabled", String.class), "simulated time is never on by default");
    }

    private static PropertiesConfigSource source(String resource, int ordinal) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
        assertTrue(url != null, resource + " on the classpath");
        return new PropertiesConfigSource(url, ordinal);
    }

    // --- 13. hardening -----------------------------------------------------------------------------------------

    @Test
    void a_nul_character_in_a_json_string_is_a_400_naming_the_field() {
        given().header("Authorization", TestTokens.bearer(sample.createRole())).contentType("application/json")
                .body(sample.createBody().apply("before\\u0000after")).when().post(sample.createPath())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:validation-failed"))
                .body("errors.field", hasItem(sample.textField()));
    }

    @Test
    void a_nul_character_in_a_path_parameter_is_a_400() {
        given().header("Authorization", TestTokens.bearer(sample.readRole())).urlEncodingEnabled(false)
                .when().get(sample.readPath() + "/abc%00def")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:validation-failed"));
    }

    @Test
    void a_nul_character_in_a_query_parameter_is_a_400() {
        given().header("Authorization", TestTokens.bearer(sample.readRole())).urlEncodingEnabled(false)
                .when().get(sample.readPath() + "?page=1%00")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_huge_page_number_is_a_400_not_an_overflow() {
        given().header("Authorization", TestTokens.bearer(sample.readRole())).queryParam("page", Integer.MAX_VALUE)
                .when().get(sample.readPath())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors.field", hasItem("page"));
    }

    @Test
    void a_body_over_the_limit_is_refused_before_it_is_sent() throws Exception {
        // 9 MB announced: the answer comes before any byte of the body is sent (nothing is read, nothing parsed).
        String answer = rawExchange("POST " + sample.createPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + TestTokens.bearer(sample.createRole())
                + "\r\nContent-Type: application/json\r\nContent-Length: " + 9 * 1024 * 1024 + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }

    @Test
    void a_body_sent_too_slowly_is_a_408() throws Exception {
        // 1000 bytes announced, 5 sent, then silence: the server gives up after its read timeout.
        String answer = rawExchange("POST " + sample.createPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + TestTokens.bearer(sample.createRole())
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"a\":");
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    /** Writes {@code request} as is and returns what the server answers within 30 s (the status line first). */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n = in.read(buffer); // blocks until the first bytes of the answer (or the close)
            if (n < 0) return "closed without an answer after " + (System.nanoTime() - start) / 1_000_000 + " ms";
            Thread.sleep(200); // the rest of a small answer
            int more = in.available() > 0 ? in.read(buffer, n, Math.min(in.available(), buffer.length - n)) : 0;
            return new String(buffer, 0, n + Math.max(more, 0), StandardCharsets.US_ASCII);
        } catch (java.net.SocketTimeoutException e) {
            return "no answer in 30 s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Test
    void answers_are_not_cached_nor_sniffed() {
        given().header("Authorization", TestTokens.bearer(sample.readRole())).when().get(sample.readPath())
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        // errors too (a problem may name the resource asked for)
        given().header("Authorization", TestTokens.bearer(sample.readRole())).when().get(sample.readPath() + "-no-such-thing")
                .then().statusCode(anyOf(equalTo(400), equalTo(404))).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void location_does_not_echo_the_host_header() {
        Assumptions.assumeTrue(sample.createsWithLocation(), "this service's sample creation answers no Location");
        given().header("Authorization", TestTokens.bearer(sample.createRole())).header("Host", "evil.example")
                .contentType("application/json").body(sample.createBody().apply("Location check")).when().post(sample.createPath())
                .then().statusCode(201)
                .header("Location", not(containsString("evil.example")))
                .header("Location", startsWith(ConfigProvider.getConfig().getOptionalValue("backoffice.http.public-base-url", String.class)
                        .orElse("") + sample.createPath().replaceAll("\\?.*", "")));
    }

    private boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }
}
