package fr.cfa.backoffice.platform.time;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Simulated time: read and move this service's clock. Exists only with {@code BACKOFFICE_SIMULATED_TIME=true}
 * (404 otherwise). Moving it runs, before answering, what would have run in between ({@link ClockMoved}).
 */
@Path("/q/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Simulated time", description = "Only when BACKOFFICE_SIMULATED_TIME=true (acceptance runs, demos); 404 otherwise")
public class ClockResource {
    @Inject
    SuiteClock clock;

    @Inject
    Event<ClockMoved> moved;

    @Schema(name = "ClockTime")
    public record ClockTime(@NotNull @Schema(example = "2027-03-01T09:00:00+01:00", required = true) OffsetDateTime now, boolean simulated) {}

    @Schema(name = "ClockMove")
    public record ClockMove(@NotNull @Schema(example = "2027-03-01T09:00:00+01:00", required = true) OffsetDateTime now) {}

    @GET
    @PermitAll
    @Operation(operationId = "getClock", summary = "This service's now", description = "The suite clock, in Europe/Paris.")
    public ClockTime get() {
        requireSimulated();
        return current();
    }

    @PUT
    @PermitAll
    @Operation(operationId = "moveClock", summary = "Move this service's clock forward",
            description = "Forward only (moving back is 409 clock-cannot-move-back); it then ticks with real time. The daily jobs "
                    + "and deadlines between the old and the new now run before the answer.")
    public ClockTime move(@Valid @NotNull ClockMove move) {
        requireSimulated();
        Instant from = clock.instant();
        Instant to = clock.moveTo(move.now().toInstant());
        moved.fire(new ClockMoved(from, to));
        return current();
    }

    private ClockTime current() {
        return new ClockTime(OffsetDateTime.ofInstant(clock.instant(), SuiteClock.CENTRE_ZONE), true);
    }

    private void requireSimulated() {
        if (!clock.movable()) throw new NotFoundException(); // as if it did not exist
    }
}
