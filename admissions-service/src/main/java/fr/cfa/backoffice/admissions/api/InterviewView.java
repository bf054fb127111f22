package fr.cfa.backoffice.admissions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.admissions.domain.Recommendation;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Interview", description = "A field without a value, or that this reader may not see, is absent", requiredProperties = {"at"})
public record InterviewView(@Schema(example = "2026-12-15T10:00:00+01:00") OffsetDateTime at,
                            @Schema(example = "CFA, salle 2") String place,
                            @Schema(example = "https://visio.example.org/room/42") String videoLink,
                            @Schema(example = "[\"Claire Martin\", \"Karim Haddad\"]") List<String> interviewers,
                            @Schema(description = "Once the outcome is recorded", example = "true") Boolean attended,
                            @Schema(description = "Once the outcome is recorded; not for prescribers") ScoresView scores,
                            Recommendation recommendation,
                            @Schema(description = "Admissions officers only (free text)", example = "Clear project, knows the job's constraints") String notes,
                            @Schema(description = "When the outcome was recorded", example = "2026-12-15T11:05:00+01:00") OffsetDateTime recordedAt,
                            @Schema(description = "Who recorded the outcome; not for prescribers", example = "Claire Martin") String recordedBy) {}
