package fr.cfa.backoffice.certification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A withheld rate carries no figures at all: with a small group even the counts tell the rate (1 of 1 is 100 %). */
@Schema(name = "Rate", description = "A rate with its figures, or withheld with none (denominator under the minimum, 20 by default)",
        requiredProperties = {"numerator", "denominator", "percent", "withheld"})
public record RateView(@Schema(description = "Null when withheld", nullable = true, example = "18") Long numerator,
                       @Schema(description = "Null when withheld", nullable = true, example = "24") Long denominator,
                       @Schema(description = "numerator / denominator, in percent with one decimal; null when withheld", nullable = true, example = "75.0")
                       Double percent,
                       @Schema(description = "True when the group is too small to publish any figure", example = "false") boolean withheld) {
    public static final RateView WITHHELD = new RateView(null, null, null, true);
}
