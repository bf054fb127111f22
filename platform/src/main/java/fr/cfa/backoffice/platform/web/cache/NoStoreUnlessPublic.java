package fr.cfa.backoffice.platform.web.cache;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers carry personal data: every /api answer is {@code Cache-Control: no-store} (never kept by a browser or a proxy),
 * but the public ones {@link PublicCacheFilter} marks itself. A filter rather than quarkus.http.header, which would add
 * no-store beside their own Cache-Control.
 */
public class NoStoreUnlessPublic {
    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL) && request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
