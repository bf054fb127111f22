package fr.cfa.backoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cfa.backoffice.bench.BenchDriver.Failed;
import fr.cfa.backoffice.bench.Http.Resp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code dashboard --curriculum URL --manager-token T --stub URL --key K --school-year Y}: the national dashboard feed.
 * The export (every page of GET /national-dashboard/records) beside a bare reference (as many GETs of the public
 * programme); the transmission (POST /national-dashboard/transmissions) beside a bare reference (the same records
 * POSTed straight to the stub, 2 000 a request); and a second transmission (nothing changed). Ends with a SUMMARY line.
 */
final class Dashboard {
    private Dashboard() {}

    static void run(Options o) {
        String curriculum = o.localUrl("curriculum");
        String token = o.get("manager-token");
        String stub = o.localUrl("stub");
        String key = o.get("key");
        String year = o.get("school-year");
        Duration minute = Duration.ofSeconds(60);

        // export: every page of the school year's records
        long t0 = System.nanoTime();
        List<JsonNode> records = new ArrayList<>();
        int pages = 0;
        for (int page = 0; page <= 100_000; page++) {
            Resp r = Http.call("GET", curriculum + "/api/v1/national-dashboard/records?schoolYear=" + year + "&size=100&page=" + page, token, null,
                    null, minute).expect(200, "GET records page " + page);
            JsonNode items = r.json().get("items");
            pages++;
            if (items == null || items.isEmpty()) break;
            items.forEach(records::add);
        }
        double exportS = Stats.seconds(t0, System.nanoTime());
        t0 = System.nanoTime();
        for (int i = 0; i < pages; i++) Http.call("GET", curriculum + "/api/v1/programme", null, null).expect(200, "GET programme");
        double referenceGetS = Stats.seconds(t0, System.nanoTime());
        System.out.printf(Locale.ROOT, "  export: %d records in %d requests: %.2f s (%.0f records/s); reference, %d GETs of /api/v1/programme: %.2f s%n",
                records.size(), pages, exportS, records.size() / exportS, pages, referenceGetS);

        // reference transmission: the same records straight to the stub, 2 000 a request
        t0 = System.nanoTime();
        int batches = 0;
        for (int from = 0; from < records.size(); from += 2000) {
            List<JsonNode> batch = records.subList(from, Math.min(records.size(), from + 2000));
            Http.call("POST", stub + "/api/v3/dossiers-apprenants", key, batch, null, minute).expect(200, "stub");
            batches++;
        }
        double referencePostS = Stats.seconds(t0, System.nanoTime());

        t0 = System.nanoTime();
        JsonNode first = transmit(curriculum, token);
        double transmitS = Stats.seconds(t0, System.nanoTime());
        t0 = System.nanoTime();
        JsonNode second = transmit(curriculum, token);
        double againS = Stats.seconds(t0, System.nanoTime());
        System.out.printf(Locale.ROOT, "  transmission: %.2f s, %s; reference, the %d records POSTed straight to the stub in %d batches: %.2f s%n",
                transmitS, summary(first), records.size(), batches, referencePostS);
        System.out.printf(Locale.ROOT, "  second transmission (nothing changed): %.2f s, %s%n", againS, summary(second));
        System.out.printf(Locale.ROOT, "SUMMARY dashboard export %d records %.2f s (reference %.2f s); transmission %.2f s %s (reference %.2f s); again %.2f s %s%n",
                records.size(), exportS, referenceGetS, transmitS, summary(first), referencePostS, againS, summary(second));
    }

    private static JsonNode transmit(String curriculum, String token) {
        Resp r = Http.call("POST", curriculum + "/api/v1/national-dashboard/transmissions", token, null, null, Duration.ofMinutes(5));
        if (r.status() != 201) throw new Failed("POST transmissions -> " + r.status() + " " + Http.abbreviate(r.body()));
        return r.json();
    }

    /** state, batches, sent, accepted and rejected of a transmission (wherever they sit in its JSON). */
    private static String summary(JsonNode transmission) {
        StringBuilder out = new StringBuilder();
        for (String field : List.of("state", "batches", "sent", "accepted", "rejected")) {
            JsonNode v = transmission.findValue(field);
            out.append(out.length() == 0 ? "" : " ").append(field).append('=').append(v == null ? "?" : v.isContainerNode() ? v.size() : v.asText());
        }
        return out.toString();
    }
}
