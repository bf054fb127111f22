package fr.cfa.backoffice.tools.dashboardstub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One stub per test class, reset before each test, driven over real HTTP by java.net.http. */
abstract class StubTest {

    static final String KEY = "test-exchange-key";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static NationalDashboardStub stub;

    @BeforeAll
    static void startStub() {
        stub = NationalDashboardStub.start(KEY);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void resetStub() {
        stub.reset();
    }

    /** The answer to one HTTP exchange, its body parsed. */
    record Answer(int status, JsonNode body, HttpResponse<String> response) {
        /** The {@code data} entries of a 200 (one per invalid record). */
        JsonNode data() {
            return body.get("data");
        }

        /** The only invalid entry answered. */
        JsonNode onlyInvalid() {
            assertEquals(200, status, () -> "answer: " + response.body());
            assertEquals(1, data().size(), () -> "data: " + data());
            return data().get(0);
        }

        /** The messages of the only invalid entry's errors, by path "a.b" (or "" for the record). */
        List<String> errorsOf(String field) {
            List<String> messages = new ArrayList<>();
            for (JsonNode error : onlyInvalid().get("validation_errors")) {
                if (error.get("path").size() == 1 && error.get("path").get(0).asText().equals(field)) {
                    messages.add(error.get("message").asText());
                }
            }
            return messages;
        }
    }

    static Answer post(Object records) {
        return post(records, "Bearer " + KEY, "application/json");
    }

    static Answer post(Object records, String authorization, String contentType) {
        String body;
        try {
            body = records instanceof String text ? text : JSON.writeValueAsString(records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.baseUrl() + NationalDashboardStub.PATH))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    static Answer get(String pathAndQuery, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A record every rule accepts: required fields, nullable ones with values, and a few optional ones. */
    static ObjectNode validRecord(String idErpApprenant) {
        ObjectNode r = JSON.createObjectNode();
        r.put("nom_apprenant", "Martin");
        r.put("prenom_apprenant", "Léa");
        r.put("date_de_naissance_apprenant", "2007-03-14");
        r.put("annee_scolaire", "2026-2027");
        r.put("id_erp_apprenant", idErpApprenant);
        r.put("date_inscription_formation", "2026-06-15");
        r.put("date_entree_formation", "2026-09-01");
        r.put("date_fin_formation", "2028-06-30");
        r.put("etablissement_responsable_uai", "0932751K");
        r.put("etablissement_formateur_uai", "0932751K");
        r.put("etablissement_responsable_siret", "13002526500013");
        r.put("etablissement_formateur_siret", "13002526500013");
        r.put("statut_apprenant", 3);
        r.put("date_metier_mise_a_jour_statut", "2026-09-01T08:30:00+02:00");
        r.put("duree_theorique_formation", 2);
        r.put("duree_theorique_formation_mois", 24);
        r.put("email_contact", "lea.martin@example.org");
        r.put("code_postal_apprenant", "93200");
        r.put("formation_rncp", "RNCP35316");
        r.put("formation_cfd", "32031213");
        r.put("annee_formation", 1);
        r.put("contrat_date_debut", "2026-09-01");
        r.put("siret_employeur", "55203253400646");
        r.put("obtention_diplome_formation", false);
        return r;
    }

    static ObjectNode validRecord(String idErpApprenant, Consumer<ObjectNode> change) {
        ObjectNode r = validRecord(idErpApprenant);
        change.accept(r);
        return r;
    }

    static ArrayNode batch(JsonNode... records) {
        ArrayNode array = JSON.createArrayNode();
        for (JsonNode r : records) {
            array.add(r);
        }
        return array;
    }

    static ArrayNode validBatch(int size) {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < size; i++) {
            array.add(validRecord("L-" + i));
        }
        return array;
    }
}
