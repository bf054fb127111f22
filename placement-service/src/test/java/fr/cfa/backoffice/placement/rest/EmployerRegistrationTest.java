package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static fr.cfa.backoffice.placement.rest.TestData.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Employers are registered with a checked SIRET and the filing body of their sector; tutors must be qualified. */
@QuarkusTest
class EmployerRegistrationTest {
    static ValidatableResponse register(String body) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).post("/api/v1/employers").then();
    }

    @Test
    void a_private_employer_files_with_its_opco() {
        register("{\"legalName\":\"Association Trait d'Union\",\"siret\":\"" + TestData.newSiret() + "\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\",\"opco\":\"Uniformation\"}")
                .statusCode(201).body("filingBody", equalTo("OPCO")).body("opco", equalTo("Uniformation"));
    }

    @Test
    void a_public_employer_files_with_the_ddets_and_la_poste_is_valid_without_a_luhn_key() {
        register("{\"legalName\":\"La Poste\",\"siret\":\"35600000000056\",\"kind\":\"OTHER\",\"sector\":\"PUBLIC\"}")
                .statusCode(201).body("filingBody", equalTo("DDETS"));
    }

    @Test
    void a_second_employer_with_the_same_siret_is_refused() {
        String siret = TestData.newSiret();
        register("{\"legalName\":\"Premier\",\"siret\":\"" + siret + "\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\"}").statusCode(201);
        register("{\"legalName\":\"Doublon\",\"siret\":\"" + siret + "\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\"}")
                .statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:duplicate-siret"));
    }

    @Test
    void a_siret_failing_the_luhn_key_is_refused_with_its_reason() {
        register("{\"legalName\":\"Faux\",\"siret\":\"73282932000075\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\"}")
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:siret-invalid")).body("reason", equalTo("SIRET_INVALID"));
    }

    @Test
    void an_unknown_employer_kind_is_a_400_on_its_field() {
        register("{\"legalName\":\"X\",\"siret\":\"1\",\"kind\":\"MAIRIE\",\"sector\":\"PUBLIC\"}").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void a_tutor_with_a_relevant_diploma_needs_12_months_and_without_one_24() {
        String employer = TestData.employer();
        TestData.tutor(employer, 4, true, 11).statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:tutor-not-qualified"));
        TestData.tutor(employer, 4, true, 12).statusCode(201);
        TestData.tutor(employer, null, false, 23).statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:tutor-not-qualified"));
        TestData.tutor(employer, null, false, 24).statusCode(201);
    }
}
