package fr.cfa.backoffice.placement.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Remuneration", description = "The apprentice's minimum gross pay, period by period, from the contract's start to its end")
public record RemunerationView(@Schema(examples = Examples.CONTRACT_ID) UUID contractId,
                               @Schema(examples = "35") int weeklyHours,
                               @Schema(nullable = true, description = "The IDCC whose SMC applies from 21 when higher; null or 9999 for none", examples = "1518") String idcc,
                               List<PayPeriodView> periods) {}
