package fr.cfa.backoffice.platform.web.cache;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A successful change through the API (its transaction committed before the answer is written) may change what a public
 * endpoint answers: the service's {@link PublicResponseCache} is emptied. Coarse, on purpose: a missed case would serve a
 * stale answer, an extra one costs one recomputation.
 */
public class ChangesEmptyThePublicCache {
    private static final Set<String> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Inject
    PublicResponseCache cache;

    @ServerResponseFilter
    public void afterChange(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 200 && response.getStatus() < 300 && CHANGES.contains(request.getMethod())) cache.changed();
    }
}
