package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/** The resource does not exist, or the caller may not know it exists (another partner's data). */
public class ResourceNotFoundException extends ApiException {
    private final String resource;
    private final Object id;

    public ResourceNotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.NOT_FOUND;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("resource", resource, "id", String.valueOf(id));
    }
}
