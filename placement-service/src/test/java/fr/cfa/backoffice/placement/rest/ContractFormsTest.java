package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static fr.cfa.backoffice.placement.rest.TestData.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A public employer (a commune) and a private one (an association under IDCC 1518) each sign a contract, one at once and
 * one through a draft; each reads back the CERFA FA13 data, the apprentice's minimum pay and where to file, with the aid
 * estimate. The suite's clock is today's, so the aid expected follows the reference data's dates (2026's decree: contracts
 * starting before 2027-01-01).
 */
@QuarkusTest
class ContractFormsTest {
    final LocalDate cycleStart = TestData.mondayWeeksAgo(4);
    final LocalDate cycleEnd = cycleStart.plusWeeks(24).minusDays(1);
    final LocalDate start = cycleStart.plusWeeks(1);
    final LocalDate end = cycleEnd.plusMonths(1);

    static String association() {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"legalName\":\"Association Trait d'Union Médiation\",\"siret\":\""
                        + TestData.newSiret() + "\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\",\"opco\":\"Uniformation\",\"street\":\"14 rue de la République\","
                        + "\"postalCode\":\"69002\",\"city\":\"Lyon\",\"cerfa\":{\"typeCode\":15,\"specificEmployerCode\":0,\"nafCode\":\"88.99B\","
                        + "\"headcount\":42,\"idcc\":\"1518\"}}")
                .post("/api/v1/employers").then().log().ifValidationFails().statusCode(201).body("cerfa.idcc", equalTo("1518")).extract().path("id");
    }

    @Test
    void a_commune_and_an_association_sign_and_read_their_cerfa_pay_and_filing_path() {
        UUID municipal = UUID.randomUUID();
        UUID associative = UUID.randomUUID();
        UUID cohort = TestData.announceCohort(cycleStart);
        TestData.admit(municipal, cohort, LocalDate.parse("2001-04-12"));
        TestData.admit(associative, cohort, LocalDate.parse("2007-09-23"));

        // the commune signs at once
        String commune = TestData.employer();
        String communeTutor = TestData.qualifiedTutor(commune);
        String signed = TestData.sign(municipal, commune, communeTutor, start.toString(), end.toString()).statusCode(201)
                .body("status", equalTo("ACTIVE")).body("filing.body", equalTo("DDETS")).body("filing.channel", equalTo("CELIA"))
                .extract().path("id");

        // the association prepares a draft, which cannot be signed until its form is complete
        String association = association();
        String associationTutor = TestData.qualifiedTutor(association);
        String draft = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"candidateId\":\"" + associative + "\",\"employerId\":\"" + association + "\",\"tutorId\":\"" + associationTutor
                        + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\",\"weeklyHours\":35,\"draft\":true,"
                        + "\"cerfa\":{\"mode\":1,\"type\":11,\"practicalTrainingStartDate\":\"" + start + "\"}}")
                .post("/api/v1/contracts").then().log().ifValidationFails().statusCode(201)
                .body("status", equalTo("DRAFT")).body("filing", nullValue()).body("signedAt", nullValue()).extract().path("id");
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + draft + "/cerfa").then().statusCode(200)
                .body("missingFields", equalTo(List.of("apprentice.situationBefore", "apprentice.lastDiplomaOrClass", "apprentice.highestDiploma",
                        "contract.signatureDate", "contract.hazardousWork")));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{}").post("/api/v1/contracts/" + draft + "/signature").then()
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:contract-form-incomplete"))
                .body("errors.field", hasItems("contract.signatureDate", "contract.hazardousWork", "apprentice.highestDiploma"));
        assertEquals(List.of(), TestData.typesPublishedFor(associative), "a draft publishes nothing");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"signatureDate\":\"" + TestData.today().plusDays(1) + "\",\"hazardousWork\":false,\"situationBefore\":\"4\","
                        + "\"lastDiplomaOrClass\":\"41\",\"highestDiploma\":\"43\"}")
                .post("/api/v1/contracts/" + draft + "/signature").then().statusCode(422).body("type", equalTo("urn:cfa:problem:date-in-future"))
                .body("errors.field", hasItem("cerfa.signatureDate"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"signatureDate\":\"" + TestData.today() + "\",\"hazardousWork\":false,\"situationBefore\":\"4\",\"lastDiplomaOrClass\":\"41\","
                        + "\"highestDiploma\":\"43\"}")
                .post("/api/v1/contracts/" + draft + "/signature").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("filing.body", equalTo("OPCO")).body("filing.recipient", equalTo("Uniformation"));
        TestData.assertPublishedOnce(associative, "ContractSigned.v2");

        // the CERFA data, field by field
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + signed + "/cerfa").then().statusCode(200)
                .body("missingFields", equalTo(List.of())).body("employer.typeCode", equalTo(22)).body("employer.idcc", equalTo("9999"))
                .body("apprentice.disabledWorker", nullValue()).body("tutors[0].jobTitle", equalTo("Responsable médiation"))
                .body("contract.type", equalTo(11)).body("contract.practicalTrainingStartDate", equalTo(start.toString()))
                .body("training.rncpCode", equalTo("RNCP36241")).body("training.level", equalTo(4))
                .body("training.startDate", equalTo(cycleStart.toString())).body("training.cfaUai", equalTo("0932751K"));
        String associationToken = TestTokens.forUser("employer", "julien.perrin", "employer_id", association);
        given().auth().oauth2(associationToken).get("/api/v1/contracts/" + draft + "/cerfa").then().statusCode(200)
                .body("employer.typeCode", equalTo(15)).body("employer.opco", equalTo("Uniformation"));
        given().auth().oauth2(associationToken).get("/api/v1/contracts/" + signed + "/cerfa").then().statusCode(404).contentType(PROBLEM);

        // the minimum pay: 25 (21–25 bracket, 53 % of the SMIC) and 19 (18–20, 43 %) at the start, 35 h a week, SMIC of 2026
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + signed + "/remuneration").then().statusCode(200)
                .body("startDate", equalTo(start.toString())).body("weeklyHours", equalTo(35))
                .body("periods[0].from", equalTo(start.toString())).body("periods[0].percent", equalTo(53.0f))
                .body("periods[0].base", equalTo("SMIC")).body("periods[0].ageFrom", equalTo(21)).body("periods[0].ageTo", equalTo(25))
                .body("periods[0].monthlyGross", equalTo(966.21f)).body("startingMonthlyGross", equalTo(966.21f))
                .body("periods[-1].to", equalTo(end.toString()));
        given().auth().oauth2(associationToken).get("/api/v1/contracts/" + draft + "/remuneration").then().statusCode(200)
                .body("periods[0].percent", equalTo(43.0f)).body("periods[0].monthlyGross", equalTo(783.9f));
        given().auth().oauth2(associationToken).get("/api/v1/contracts/" + signed + "/remuneration").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + signed + "/cerfa").then().statusCode(200)
                .body("contract.startingMonthlyGross", equalTo(966.21f)).body("contract.payPeriods[0].base", equalTo("SMIC"));

        // where to file and by when: the commune's is past due (it started weeks ago), until its filing is recorded
        given().auth().oauth2(OFFICER).queryParam("filing", "OVERDUE").queryParam("employerId", commune).get("/api/v1/contracts").then()
                .statusCode(200).body("items.id", hasItem(signed));
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + signed + "/filing").then().statusCode(200)
                .body("status", equalTo("OVERDUE")).body("channel", equalTo("CELIA")).body("recipient", equalTo("DDETS"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"filedOn\":\"" + TestData.today() + "\",\"reference\":\"CELIA-2026-0042\"}")
                .put("/api/v1/contracts/" + signed + "/filing").then().statusCode(200).body("filing.status", equalTo("FILED"))
                .body("filing.filedLate", equalTo(true)).body("filing.recordedBy", equalTo("paul.placement"));
        given().auth().oauth2(OFFICER).queryParam("filing", "OVERDUE").queryParam("employerId", commune).get("/api/v1/contracts").then()
                .statusCode(200).body("items.id", not(hasItem(signed)));
        given().auth().oauth2(associationToken).get("/api/v1/contracts/" + draft + "/filing").then().statusCode(200)
                .body("body", equalTo("OPCO")).body("channel", equalTo("OPCO")).body("recipient", equalTo("Uniformation"))
                .body("aidEstimate.status", equalTo(start.isBefore(LocalDate.parse("2027-01-01")) ? "ESTIMATED" : "NONE"))
                .body("aidEstimate.amount", equalTo(start.isBefore(LocalDate.parse("2027-01-01")) ? 5000.0f : null))
                .body("aidEstimate.note", equalTo("The aid may be higher for some apprentices: ask the CFA."));
        // whether a public employer may claim it is not established: no figure, and never the RQTH amount
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + signed + "/filing").then().statusCode(200)
                .body("aidEstimate.status", equalTo("NOT_ESTABLISHED")).body("aidEstimate.amount", nullValue())
                .body("aidEstimate.note", equalTo("The aid may be higher for some apprentices: ask the CFA."));
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + signed).then().statusCode(200).body("filing.aidEstimate", nullValue());
    }

    @Test
    void a_private_employer_cannot_take_a_public_type_code() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"legalName\":\"Association X\",\"siret\":\"" + TestData.newSiret()
                        + "\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\",\"cerfa\":{\"typeCode\":22}}")
                .post("/api/v1/employers").then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:employer-type-code-mismatch"));
        String commune = TestData.employer();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"typeCode\":15}").put("/api/v1/employers/" + commune + "/cerfa").then()
                .statusCode(422).body("type", equalTo("urn:cfa:problem:employer-type-code-mismatch"));
        given().auth().oauth2(OFFICER).get("/api/v1/employers/" + commune).then().statusCode(200).body("cerfa.typeCode", equalTo(22));
    }
}
