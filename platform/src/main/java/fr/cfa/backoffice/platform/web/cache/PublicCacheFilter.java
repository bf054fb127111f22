package fr.cfa.backoffice.platform.web.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.platform.web.cache.PublicResponseCache.Representation;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves {@link PublicCached} GETs from {@link PublicResponseCache}: a kept answer is sent as it is (200 with its ETag,
 * or 304 when If-None-Match names it) without running the resource; a fresh 200 is serialised once, kept and sent with
 * its ETag. Only JSON answers to callers who accept JSON are kept; errors never are.
 */
@Provider
@PublicCached
@Priority(Priorities.USER)
public class PublicCacheFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String KEY = PublicCacheFilter.class.getName() + ".key";
    private static final String GENERATION = PublicCacheFilter.class.getName() + ".generation";

    @Inject
    PublicResponseCache cache;

    @Inject
    ObjectMapper mapper;

    @Context
    ResourceInfo resource;

    @ConfigProperty(name = "backoffice.public-cache.client-max-age", defaultValue = "10S")
    Duration clientMaxAge;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!cache.enabled() || !HttpMethod.GET.equals(request.getMethod()) || !acceptsJson(request)) return;
        if (!policy().sameForEveryCaller() && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) return;
        String key = PublicResponseCache.keyOf(request.getUriInfo().getRequestUri().getRawPath(), request.getUriInfo().getRequestUri().getRawQuery());
        long generation = cache.generation(); // before the answer is computed, see PublicResponseCache
        Representation kept = cache.get(key);
        if (kept != null) {
            request.abortWith(answer(request, kept).build());
            return;
        }
        request.setProperty(KEY, key);
        request.setProperty(GENERATION, generation);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key == null || response.getStatus() != 200 || !response.hasEntity()) return;
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(response.getEntity());
        } catch (JsonProcessingException e) {
            return; // left to the usual writer, which reports it
        }
        Representation fresh = cache.put((Long) request.getProperty(GENERATION), (String) key, json);
        headers(response, fresh);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), fresh.etag())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        } else {
            response.setEntity(json, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private Response.ResponseBuilder answer(ContainerRequestContext request, Representation kept) {
        Response.ResponseBuilder answer = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), kept.etag())
                ? Response.notModified()
                : Response.ok(kept.json(), MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.ETAG, kept.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl()).header(HttpHeaders.VARY, vary());
    }

    private void headers(ContainerResponseContext response, Representation fresh) {
        response.getHeaders().putSingle(HttpHeaders.ETAG, fresh.etag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        response.getHeaders().putSingle(HttpHeaders.VARY, vary());
    }

    private String cacheControl() {
        return policy().revalidate() ? "no-cache" : "public, max-age=" + clientMaxAge.toSeconds();
    }

    private String vary() {
        return policy().sameForEveryCaller() ? "Accept" : "Accept, Authorization";
    }

    private PublicCached policy() {
        PublicCached onMethod = resource.getResourceMethod().getAnnotation(PublicCached.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(PublicCached.class);
    }

    /** If-None-Match: a list of ETags (weak ones compared weakly, RFC 9110 13.1.2) or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals("*") || tag.equals(etag)) return true;
        }
        return false;
    }

    private static boolean acceptsJson(ContainerRequestContext request) {
        return request.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }
}
