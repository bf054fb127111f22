package fr.cfa.backoffice.placement.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An estimate of the State's aid to the employer for this contract, from dated reference amounts. */
@Schema(name = "EmployerAid")
public record EmployerAidView(@Schema(description = "False when no dated amount applies (dates, a public employer...)", examples = "true") boolean eligible,
                              @Schema(nullable = true, description = "Euros for the contract's first year", examples = "5000.00") BigDecimal amount,
                              @Schema(nullable = true, description = "The text the amount comes from", examples = "aid for contracts concluded from 2026-03-08") String decree,
                              @Schema(description = "What the payment depends on") List<String> conditions,
                              @Schema(description = "Always present, whoever the apprentice is", examples = "The aid may be higher for some apprentices: ask the CFA.") String note) {}
