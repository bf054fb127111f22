package fr.cfa.backoffice.platform.web.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The serialised answers of the service's {@link PublicCached} endpoints. Kept current by the events: every event the
 * service applies and every successful change through its API empties it ({@link #changed()}), so an answer never
 * outlives a change this instance committed. A change committed by another instance (replicas) shows within
 * backoffice.public-cache.max-staleness, after which an entry is computed again.
 *
 * <p>Entries are keyed by a generation that {@link #changed()} moves on: an answer computed while a change commits is
 * stored under the old generation and never served after it.
 */
@ApplicationScoped
public class PublicResponseCache {
    /** The JSON bytes of an answer and their strong ETag (a hash of the bytes: the same on every replica). */
    public record Representation(byte[] json, String etag) {
        public static Representation of(byte[] json) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
                return new Representation(json, '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"');
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Entry(Representation representation, long storedAtNanos) {}

    @ConfigProperty(name = "backoffice.public-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "backoffice.public-cache.max-entries", defaultValue = "10000")
    int maxEntries;

    @ConfigProperty(name = "backoffice.public-cache.max-staleness", defaultValue = "5S")
    Duration maxStaleness;

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile Counter hits;
    private volatile Counter misses;

    public boolean enabled() {
        return enabled;
    }

    /** The generation to store an answer under: read it before computing the answer. */
    public long generation() {
        return generation.get();
    }

    /** The answer kept for this key, or null (none, older than a change, or older than max-staleness). */
    public Representation get(String key) {
        Entry entry = entries.get(generation.get() + " " + key);
        if (entry != null && System.nanoTime() - entry.storedAtNanos() < maxStaleness.toNanos()) {
            hits().increment();
            return entry.representation();
        }
        misses().increment();
        return null;
    }

    /** Keeps an answer computed from the data of {@code generation}; dropped if a change came since. */
    public Representation put(long generation, String key, byte[] json) {
        Representation representation = Representation.of(json);
        if (generation == this.generation.get()) {
            if (entries.size() >= maxEntries) entries.clear(); // many distinct keys (e.g. unknown certificate numbers): start again rather than grow
            entries.put(generation + " " + key, new Entry(representation, System.nanoTime()));
        }
        return representation;
    }

    /** Something the public answers are computed from may have changed (and is committed): forget every answer. */
    public void changed() {
        generation.incrementAndGet();
        entries.clear();
    }

    /**
     * The current transaction changes what public answers are computed from: forget them just before it commits and
     * again just after, so an answer computed in between (from the old rows) is never served to someone who saw the commit.
     */
    public void changesInThisTransaction() {
        try {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                changed();
                return;
            }
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    changed();
                }

                @Override
                public void afterCompletion(int status) {
                    changed();
                }
            });
        } catch (IllegalStateException e) {
            changed();
        }
    }

    static String keyOf(String path, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? path : path + '?' + rawQuery;
    }

    private Counter hits() {
        if (hits == null) hits = Counter.builder("backoffice.public_cache.lookups").tag("result", "hit").register(registry);
        return hits;
    }

    private Counter misses() {
        if (misses == null) misses = Counter.builder("backoffice.public_cache.lookups").tag("result", "miss").register(registry);
        return misses;
    }
}
