package fr.cfa.backoffice.platform.web;

import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a NUL character in a path or query parameter with a 400 naming it: PostgreSQL cannot store
 * NUL in text and would otherwise answer a 500. NUL inside JSON strings is refused by {@link JsonHardening}.
 */
public class NulCharacterFilter {
    @ServerRequestFilter(preMatching = true)
    public void refuseNul(ContainerRequestContext request) {
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        if (rawPath != null && (rawPath.contains("%00") || rawPath.indexOf('\0') >= 0)) {
            throw new InvalidParameterException("path", "must not contain a NUL character");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                throw new InvalidParameterException(parameter.getKey().replace("\0", ""), "must not contain a NUL character");
            }
        }
    }
}
