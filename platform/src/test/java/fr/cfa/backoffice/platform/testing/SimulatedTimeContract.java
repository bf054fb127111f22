package fr.cfa.backoffice.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Simulated time as every service exposes it (issue 10). A service's test class extends it with
 * {@code @QuarkusTest @TestProfile(SimulatedTimeProfile.class)} and adds its own deadline test.
 */
public abstract class SimulatedTimeContract {

    /** Reads this service's clock. */
    protected static OffsetDateTime now() {
        return OffsetDateTime.parse(given().when().get("/q/clock").then().statusCode(200).extract().path("now"));
    }

    /** Moves this service's clock to {@code target} (forward only) and returns its new now. */
    protected static OffsetDateTime moveClockTo(OffsetDateTime target) {
        String now = given().contentType("application/json").body("{\"now\":\"" + target + "\"}")
                .when().put("/q/clock").then().statusCode(200).body("simulated", equalTo(true)).extract().path("now");
        return OffsetDateTime.parse(now);
    }

    @Test
    void the_clock_reads_the_centres_time_in_paris() {
        OffsetDateTime now = now();
        assertEquals(java.time.ZoneId.of("Europe/Paris").getRules().getOffset(now.toInstant()), now.getOffset());
    }

    @Test
    void the_clock_moves_forward_and_keeps_ticking() {
        OffsetDateTime target = now().plusDays(3);
        OffsetDateTime moved = moveClockTo(target);
        Duration drift = Duration.between(target, moved);
        assertTrue(!drift.isNegative() && drift.compareTo(Duration.ofSeconds(5)) < 0, "moved to " + moved + " for " + target);
        assertTrue(!now().isBefore(moved), "it ticks on from where it was put");
    }

    @Test
    void the_clock_never_moves_back() {
        OffsetDateTime now = now();
        given().contentType("application/json").body("{\"now\":\"" + now.minusDays(1) + "\"}")
                .when().put("/q/clock").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:clock-cannot-move-back"));
        assertTrue(!now().isBefore(now));
    }

    @Test
    void a_move_without_a_time_is_a_400() {
        given().contentType("application/json").body("{}").when().put("/q/clock").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("now"));
    }

    @Test
    void health_says_time_is_simulated() {
        given().when().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Clock' }.data.simulated", equalTo(true));
    }
}
