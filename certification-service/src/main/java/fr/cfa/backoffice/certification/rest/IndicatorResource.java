package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.domain.Indicators;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Errors every operation can answer (400 on a bad parameter, 406, 500, 503) are added by platform's ContractFilter.
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The outcomes a CFA must publish (Code du travail L6111-8)")
public class IndicatorResource {
    @Inject
    Indicators indicators;

    @Schema(name = "Indicators", description = "The published rates for the scope asked for",
            requiredProperties = {"year", "cohortId", "success", "dropOut", "contractTermination"})
    public record IndicatorsView(@Schema(description = "The year of cohort start asked for; null when not given", nullable = true, example = "2027") Integer year,
                                 @Schema(description = "The cohort asked for; null when not given", implementation = String.class, format = "uuid", nullable = true, example = "5c0e7b3a-9d24-4f18-a6e1-2b7f8c3d9e04")
                                 UUID cohortId,
                                 @Schema(description = "Taux d'obtention: candidates holding the whole title / candidates with a jury result") RateView success,
                                 @Schema(description = "Taux d'interruption: learners who dropped out / learners enrolled") RateView dropOut,
                                 @Schema(description = "Taux de rupture: contracts terminated early / contracts signed") RateView contractTermination) {
        static IndicatorsView of(Indicators.Figures f) {
            return new IndicatorsView(f.year(), f.cohortId(), RateView.of(f.success()), RateView.of(f.dropOut()), RateView.of(f.contractTermination()));
        }
    }

    @Schema(name = "Rate", description = "A rate with its figures, or withheld with none (denominator under the minimum, 20 by default)",
            requiredProperties = {"numerator", "denominator", "percent", "withheld"})
    public record RateView(@Schema(description = "Null when withheld", nullable = true, example = "18") Long numerator,
                           @Schema(description = "Null when withheld", nullable = true, example = "24") Long denominator,
                           @Schema(description = "numerator / denominator, in percent with one decimal; null when withheld", nullable = true, example = "75.0")
                           Double percent,
                           @Schema(description = "True when the group is too small to publish any figure", example = "false") boolean withheld) {
        static RateView of(Indicators.Rate r) {
            return new RateView(r.numerator(), r.denominator(), r.percent(), r.withheld());
        }
    }

    @GET
    @PermitAll
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
        return IndicatorsView.of(indicators.of(year, cohort));
    }
}
