package fr.cfa.backoffice.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 * {@code type} is stable per kind of error (see {@link ProblemType}); {@code errors} lists the fields
 * at fault for validation problems; kind-specific members (e.g. {@code currentState} for an illegal
 * transition) are flattened into the object as RFC 9457 wants.
 */
@JsonInclude(Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem detail; kind-specific members such as currentState may be added")
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault: a JSON path such as {@code capacity} or {@code person.birthDate}. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "capacity") String field,
                             @Schema(example = "must be greater than 0") String message) {}

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance,
                   List<FieldError> errors, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors;
        this.extensions = extensions;
    }

    @Schema(description = "Stable identifier of the kind of error", example = "urn:cfa:problem:validation-failed")
    public String getType() { return type; }

    @Schema(example = "Request is not valid")
    public String getTitle() { return title; }

    @Schema(example = "400")
    public int getStatus() { return status; }

    @Schema(example = "capacity: must be greater than 0")
    public String getDetail() { return detail; }

    @Schema(example = "/api/v1/cohorts")
    public String getInstance() { return instance; }

    @Schema(description = "Fields at fault (validation problems only)")
    public List<FieldError> getErrors() { return errors; }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> getExtensions() { return extensions == null ? Map.of() : extensions; }
}
