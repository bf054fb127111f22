package fr.cfa.backoffice.platform.web;

/**
 * A view and the version of the row behind it: what a domain command or query hands to a resource that answers
 * with an {@code ETag} (optimistic concurrency: the client sends it back in {@code If-Match}).
 */
public record Versioned<T>(T body, long version) {
    public <R> Versioned<R> map(java.util.function.Function<T, R> f) {
        return new Versioned<>(f.apply(body), version);
    }
}
