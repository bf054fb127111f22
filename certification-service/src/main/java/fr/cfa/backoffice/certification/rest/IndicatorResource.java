package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.platform.web.cache.PublicCached;
import fr.cfa.backoffice.platform.web.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import fr.cfa.backoffice.certification.api.IndicatorsView;
import fr.cfa.backoffice.certification.domain.IndicatorQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Errors every operation can answer (400 on a bad parameter, 406, 500, 503) are added by platform's ContractFilter.
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The outcomes a CFA must publish (Code du travail L6111-8)")
public class IndicatorResource {
    @Inject
    IndicatorQueries indicators;

    @GET
    @PermitAll
    @PublicCached
    @Extension(name = ContractFilter.PUBLIC_CACHE_EXTENSION, value = "true")
    @Operation(operationId = "getIndicators", summary = "Published outcome indicators (public)", description = "Per year of cohort start and/or cohort. "
            + "success (taux d'obtention) = candidates holding the whole title / candidates with a jury result; "
            + "dropOut (taux d'interruption) = learners who dropped out / learners enrolled; "
            + "contractTermination (taux de rupture) = contracts terminated early / contracts signed. "
            + "Each comes with its numerator, denominator and percentage when the denominator is at least 20 (configuration). Under that, "
            + "as the national dataset (InserJeunes) does, the rate is withheld: withheld=true and no figures (numerator, denominator and percent "
            + "are null), since with a small group the counts alone tell the rate. This holds for every caller, with or without a token. "
            + "Erasure of a person's data does not change the figures.")
    @APIResponse(responseCode = "200", description = "The indicators")
    @APIResponse(responseCode = "400", description = "year not an integer or cohort not a UUID (urn:cfa:problem:invalid-parameter)")
    public IndicatorsView get(@QueryParam("year") @Parameter(description = "Year of the cohorts' start", example = "2027") Integer year,
                              @QueryParam("cohort") @Parameter(description = "One cohort", example = "5c0e7b3a-9d24-4f18-a6e1-2b7f8c3d9e04") UUID cohort) {
        return indicators.of(year, cohort);
    }
}
