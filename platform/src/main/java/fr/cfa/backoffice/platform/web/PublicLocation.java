package fr.cfa.backoffice.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Location} is built from the configured public base URL ({@code backoffice.http.public-base-url},
 * env {@code PUBLIC_BASE_URL}), never from the request's {@code Host} header, which any caller can set
 * (a spoofed host would otherwise be echoed into links a client follows). Without a base URL the
 * Location is the absolute path alone, which RFC 9110 allows.
 */
public class PublicLocation {
    @ConfigProperty(name = "backoffice.http.public-base-url")
    Optional<String> publicBaseUrl;

    @ServerResponseFilter
    public void rewrite(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) return;
        URI uri = URI.create(location.toString());
        String pathAndQuery = (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String base = publicBaseUrl.map(b -> b.replaceAll("/+$", "")).orElse("");
        response.getHeaders().putSingle(HttpHeaders.LOCATION, base + pathAndQuery);
    }
}
