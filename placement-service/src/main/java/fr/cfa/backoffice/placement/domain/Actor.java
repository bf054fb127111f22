package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import java.util.UUID;

/** Who acts: staff, or an employer partner limited to its own data (another employer's data answers 404). */
public record Actor(String name, boolean employer, UUID employerId) {

    /** Fails with 404 (no existence leak) when an employer partner reaches for another employer's data. */
    public void requireOwn(UUID ownerEmployerId, String resource, Object id) {
        if (employer && !ownerEmployerId.equals(employerId)) throw new ResourceNotFoundException(resource, id);
    }
}
