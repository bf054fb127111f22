package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.FilingDecision;
import fr.cfa.backoffice.placement.domain.FilingStatus;
import fr.cfa.backoffice.placement.domain.Sector;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where and by when a signed contract must be filed, and its filing once recorded. */
@Schema(name = "Filing")
public record FilingView(@Schema(description = "OPCO for a private employer; DDETS for a public one", examples = "DDETS") Sector.FilingBody body,
                         @Schema(description = "How: the OPCO's own service, or the State's CELIA platform (public employers)", examples = "CELIA") String channel,
                         @Schema(nullable = true, description = "The OPCO's name, or DDETS", examples = "DDETS") String recipient,
                         @Schema(description = "The last day the filing is on time: 5 jours ouvrables after the start (D6224-1)", examples = "2027-01-16") LocalDate dueOn,
                         @Schema(examples = "TO_FILE") FilingStatus status,
                         @Schema(nullable = true, examples = "2027-01-13") LocalDate filedOn,
                         @Schema(nullable = true, description = "The OPCO's or CELIA's file number", examples = "CELIA-2027-004512") String reference,
                         @Schema(description = "Filed after its due date", examples = "false") boolean filedLate,
                         @Schema(nullable = true, examples = "ACCEPTED") FilingDecision decision,
                         @Schema(nullable = true, examples = "2027-01-29") LocalDate decidedOn,
                         @Schema(nullable = true, description = "Who recorded the filing", examples = "Claire Martin") String recordedBy,
                         @Schema(nullable = true, examples = "2027-01-13T10:00:00+01:00") OffsetDateTime recordedAt,
                         @Schema(nullable = true, description = "The employer aid it may claim: given by GET /contracts/{id}/filing, null where the "
                                 + "filing is part of a contract") AidEstimateView aidEstimate) {}
