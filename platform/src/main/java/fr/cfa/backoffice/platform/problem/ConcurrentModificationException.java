package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/**
 * Someone else changed the resource first: the caller's {@code If-Match} (412) or body version (409)
 * does not match the stored version. Nothing is written; the caller reloads and retries.
 */
public class ConcurrentModificationException extends ApiException {
    private final long currentVersion;
    private final boolean fromIfMatch;

    public ConcurrentModificationException(String resource, long currentVersion, boolean fromIfMatch) {
        super(resource + " was modified by someone else (current version " + currentVersion + "); reload and retry");
        this.currentVersion = currentVersion;
        this.fromIfMatch = fromIfMatch;
    }

    @Override
    public ProblemType problemType() {
        return fromIfMatch ? ProblemType.PRECONDITION_FAILED : ProblemType.CONCURRENT_MODIFICATION;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currentVersion", currentVersion);
    }
}
