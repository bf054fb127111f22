package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The State's endpoint, {url}/api/v3/dossiers-apprenants (OBLIGATIONS.md §1): one batch per call, retried with backoff on
 * 429, 5xx and network errors (the State limits requests and queues batches). The key is sent, never logged.
 */
@ApplicationScoped
public class NationalDashboardClient {
    private static final Logger LOG = Logger.getLogger(NationalDashboardClient.class);
    static final String PATH = "/api/v3/dossiers-apprenants";

    @Inject
    NationalDashboardConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What the State answered to a batch. */
    public sealed interface Answer {
        /** 200 "Queued": the records not listed were accepted. */
        record Queued(List<RecordError> errors) implements Answer {}

        record Unauthorized(int status) implements Answer {}

        record Failed(String why) implements Answer {}
    }

    /** One field the State refused in one record; field null when the State named none. */
    public record RecordError(String idErpApprenant, Integer index, String field, String message) {}

    public boolean configured() {
        return config.url().filter(u -> !u.isBlank()).isPresent() && config.key().filter(k -> !k.isBlank()).isPresent();
    }

    /** @param batch the JSON array of records, as sent */
    public Answer send(byte[] batch) throws InterruptedException {
        URI endpoint = URI.create(config.url().orElseThrow().replaceAll("/+$", "") + PATH);
        Duration wait = config.retry().initialBackoff();
        String last = null;
        for (int attempt = 1; attempt <= config.retry().maxAttempts(); attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(config.requestTimeout())
                        .header("Authorization", "Bearer " + config.key().orElseThrow())
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) return queued(response.body());
                if (status == 401 || status == 403) return new Answer.Unauthorized(status);
                if (status != 429 && status < 500) return new Answer.Failed("The State refused the batch (HTTP " + status + "): " + abbreviated(response.body()));
                last = "HTTP " + status;
                retryAfter = response.headers().firstValue("Retry-After").map(NationalDashboardClient::seconds).orElse(null);
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt == config.retry().maxAttempts()) break;
            Duration pause = retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
            if (pause.compareTo(config.retry().maxBackoff()) > 0) pause = config.retry().maxBackoff();
            LOG.warnf("National dashboard answered %s (attempt %d of %d); retrying in %d ms", last, attempt, config.retry().maxAttempts(), pause.toMillis());
            Thread.sleep(pause.toMillis());
            wait = wait.multipliedBy(2);
        }
        return new Answer.Failed("The State was unavailable after " + config.retry().maxAttempts() + " attempts (last: " + last + ")");
    }

    private Answer queued(String body) {
        List<RecordError> errors = new ArrayList<>();
        try {
            JsonNode data = json.readTree(body).path("data");
            for (JsonNode entry : data) {
                String id = entry.path("id_erp_apprenant").isTextual() ? entry.path("id_erp_apprenant").asText() : null;
                Integer index = entry.path("index").isInt() ? entry.path("index").asInt() : null;
                JsonNode list = entry.path("validation_errors");
                if (!list.isArray() || list.isEmpty()) {
                    errors.add(new RecordError(id, index, null, "Refused by the State without a reason"));
                    continue;
                }
                for (JsonNode error : list) {
                    JsonNode path = error.path("path");
                    String field = path.isArray() && !path.isEmpty() ? path.get(0).asText() : null;
                    errors.add(new RecordError(id, index, field, error.path("message").asText("invalid")));
                }
            }
        } catch (IOException e) {
            return new Answer.Failed("The State's answer is not JSON: " + abbreviated(body));
        }
        return new Answer.Queued(errors);
    }

    private static Duration seconds(String header) {
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the exponential backoff decides
        }
    }

    private static String abbreviated(String body) {
        if (body == null) return "";
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
