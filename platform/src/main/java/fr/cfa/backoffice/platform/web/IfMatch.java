package fr.cfa.backoffice.platform.web;

import fr.cfa.backoffice.platform.problem.InvalidParameterException;

/** Reads an {@code If-Match} header carrying a resource's version as its ETag ({@code "3"} or {@code W/"3"}). */
public final class IfMatch {
    private IfMatch() {}

    /** The expected version, or null when the header is absent or {@code *}. */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) return null;
        try {
            return Long.parseLong(header.trim().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", "must be the resource's ETag, e.g. \"3\"");
        }
    }
}
