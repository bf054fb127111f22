package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.api.JwkSetView;
import fr.cfa.backoffice.certification.domain.CredentialSigner;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/.well-known/jwks.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class JwksResource {
    @Inject
    CredentialSigner signer;

    @GET
    @PermitAll
    @Operation(operationId = "getJwks", summary = "Public key of certificate credentials", description = "JWK Set (RS256) to verify certificates' JWS "
            + "credentials offline; no token needed.")
    @APIResponse(responseCode = "200", description = "The JWK Set")
    public JwkSetView jwks() {
        return new JwkSetView(List.of(signer.publicJwk()));
    }
}
