package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.AidStatus;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An estimate of the aid the employer may claim for the contract's first year. The amount for an apprentice with RQTH is
 * never given: it would reveal the status, which stays with admissions; the note says the aid may be higher instead.
 */
@Schema(name = "AidEstimate")
public record AidEstimateView(@Schema(examples = "ESTIMATED") AidStatus status,
                              @Schema(nullable = true, description = "In euros, for the first year", examples = "5000") BigDecimal amount,
                              @Schema(description = "What the estimate rests on, or why there is none",
                                      examples = "Contract concluded on 2026-10-20, starting on 2026-11-02; employer of 42 staff; diploma level 4")
                              String basis,
                              @Schema(nullable = true, description = "The decree the amount comes from", examples = "Décret n° 2026-168 du 6 mars 2026") String decree,
                              @Schema(nullable = true, examples = "Paid monthly by the ASP from the payroll declarations (DSN), if the contract reached "
                                      + "the OPCO within 6 months of its conclusion") String conditions,
                              @Schema(examples = "The aid may be higher for some apprentices: ask the CFA.") String note) {}
