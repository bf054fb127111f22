package fr.cfa.backoffice.certification.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JwkSet", description = "A JWK Set (RFC 7517)", requiredProperties = {"keys"})
public record JwkSetView(@Schema(description = "The keys that sign certificate credentials") List<JwkView> keys) {}
