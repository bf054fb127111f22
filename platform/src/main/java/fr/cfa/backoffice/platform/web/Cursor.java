package fr.cfa.backoffice.platform.web;

import fr.cfa.backoffice.platform.problem.MalformedParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Where a keyset walk stands: the sort key of the last row answered ({@code at}, then {@code id} to break ties),
 * the number of the next page and the count taken on the walk's first page (so a cursor page never counts again).
 * On the wire it is opaque: base64url of {@code v1.<scope>.<page>.<total>.<epoch micros>.<uuid>}, where the scope is a
 * checksum of the filters it was issued for. A cursor carries no right: the list still applies the caller's
 * scoping, so a forged one only moves the position.
 */
public record Cursor(int page, long totalItems, Instant at, UUID id) {
    public static final String PARAMETER = "cursor";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public Cursor {
        // timestamptz keeps microseconds: the cursor keeps exactly what the database compares
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The opaque token, valid for the list filtered as {@code scope} says (see {@link #scope(Object...)}). */
    public String encode(String scope) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        String plain = String.join(".", VERSION, scope, Integer.toString(page), Long.toString(totalItems), Long.toString(micros), id.toString());
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token given as {@code ?cursor=}; anything not issued by {@link #encode} for this scope answers 400. */
    public static Cursor decode(String token, String scope) {
        String[] parts;
        try {
            parts = new String(DECODER.decode(token.trim()), StandardCharsets.US_ASCII).split("\\.", -1);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (parts.length != 6 || !VERSION.equals(parts[0])) throw malformed();
        if (!parts[1].equals(scope)) {
            throw new MalformedParameterException(PARAMETER, "was issued for other filters; start again without a cursor");
        }
        try {
            int page = Integer.parseInt(parts[2]);
            long total = Long.parseLong(parts[3]);
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[4]), ChronoUnit.MICROS);
            UUID id = UUID.fromString(parts[5]);
            if (page < 1 || total < 0 || !id.toString().equals(parts[5])) throw malformed();
            return new Cursor(page, total, at, id);
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw malformed();
        }
    }

    /** A short checksum of a list's filters (nulls included), so a cursor is not replayed on another list. */
    public static String scope(Object... filters) {
        CRC32 crc = new CRC32();
        for (Object filter : filters) {
            crc.update(String.valueOf(filter).getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return Long.toHexString(crc.getValue());
    }

    private static MalformedParameterException malformed() {
        return new MalformedParameterException(PARAMETER, "is not a cursor this list issued; pass nextCursor from the previous page as it is");
    }
}
