package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    @Test
    void the_programme_is_public_and_lists_the_nine_modules_in_order() {
        given().when().get("/api/v1/programme")
                .then().statusCode(200)
                .body("rncpCode", equalTo("RNCP36241"))
                .body("level", equalTo(4))
                .body("registeredUntil", equalTo("2027-05-16"))
                .body("centerWeeks", equalTo(11))
                .body("employerWeeks", equalTo(13))
                .body("modules", hasSize(9))
                .body("modules.code", contains("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9"))
                .body("modules[0].title", equalTo("Cadre d'intervention et contextes de la médiation sociale"))
                .body("modules[4].title", equalTo("Techniques de communication et gestion des conflits"))
                .body("modules[8].certificationExam", equalTo(true))
                .body("modules[8].ccpCode", nullValue())
                .body("ccps.code", contains("RNCP36241BC01", "RNCP36241BC02", "RNCP36241BC03"));
    }

    @Test
    void the_centre_modules_fill_the_eleven_centre_weeks() {
        int hours = given().when().get("/api/v1/programme").then().statusCode(200)
                .extract().jsonPath().getList("modules.plannedHours", Integer.class).stream().mapToInt(Integer::intValue).sum();
        org.junit.jupiter.api.Assertions.assertEquals(11 * 35, hours);
    }
}
