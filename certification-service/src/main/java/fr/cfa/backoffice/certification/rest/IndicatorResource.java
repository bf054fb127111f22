package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.domain.Indicators;
import fr.cfa.backoffice.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The outcomes a CFA must publish (Code du travail L6111-8)")
public class IndicatorResource {
    @Inject
    Indicators indicators;

    @GET
    @PermitAll
    @Operation(summary = "Published outcome indicators (public)", description = "Per year of cohort start and/or cohort. "
            + "successRate (taux d'obtention) = candidates holding the whole title / candidates with a jury result; "
            + "dropOutRate (taux d'interruption) = learners who dropped out / learners enrolled; "
            + "contractTerminationRate (taux de rupture) = contracts terminated early / contracts signed. "
            + "Each comes with its numerator, denominator and percentage when the denominator is at least 20 (configuration). Under that, "
            + "as the national dataset (InserJeunes) does, the rate is withheld: withheld=true and no figures (numerator, denominator and percent "
            + "are null), since with a small group the counts alone tell the rate. This holds for every caller, with or without a token. "
            + "Erasure of a person's data does not change the figures.")
    @APIResponse(responseCode = "400", description = "Invalid year or cohort", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Indicators.Figures get(@QueryParam("year") @Parameter(example = "2027") Integer year, @QueryParam("cohort") UUID cohort) {
        return indicators.of(year, cohort);
    }
}
