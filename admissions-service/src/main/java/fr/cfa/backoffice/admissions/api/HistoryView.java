package fr.cfa.backoffice.admissions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HistoryEntry", description = "A field this reader may not see is absent", requiredProperties = {"step", "toStatus", "at"})
public record HistoryView(@Schema(description = "SUBMITTED, REVIEW_<outcome>, INTERVIEW_SCHEDULED, INTERVIEW_RESCHEDULED, INTERVIEW_RECORDED, "
                                  + "DECISION_<outcome>, ADMITTED_FROM_WAITLIST, WITHDRAWN, ERASED; ELIGIBILITY_REEVALUATED for admissions "
                                  + "officers only", example = "DECISION_ADMITTED") String step,
                          SelectionStatus fromStatus,
                          SelectionStatus toStatus,
                          @Schema(description = "Who took the step, when the reader may see it", example = "Claire Martin") String actor,
                          @Schema(example = "2026-12-16T09:30:00+01:00") OffsetDateTime at,
                          @Schema(description = "Why, when the reader may see it", example = "Strong motivation and a clear project") String reason) {}
