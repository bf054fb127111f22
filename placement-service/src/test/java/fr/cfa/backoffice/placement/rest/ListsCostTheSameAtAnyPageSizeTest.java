package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import fr.cfa.backoffice.placement.domain.CohortStatus;
import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.domain.EmployerKind;
import fr.cfa.backoffice.placement.domain.OfferStatus;
import fr.cfa.backoffice.placement.domain.Sector;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.CohortRepository;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.ContractRepository;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.EmployerRepository;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import fr.cfa.backoffice.placement.persistence.OfferEntity;
import fr.cfa.backoffice.placement.persistence.OfferRepository;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import fr.cfa.backoffice.placement.persistence.TutorRepository;
import fr.cfa.backoffice.platform.testing.SqlStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every list endpoint costs a fixed number of SQL statements whatever the page size: a page of 100 prepares as many
 * as a page of 1 (no query per row). 120 rows of each kind are stored first, in the repositories, under one employer
 * and one cohort, so that every page asked for is full (the offers closed, so that the public list other tests read stays theirs).
 */
@QuarkusTest
class ListsCostTheSameAtAnyPageSizeTest {
    static final int ROWS = 120;
    /** One statement for the page (its rows joined to what they show), one for its count. */
    static final int BOUND = 2;

    static UUID employer;
    static UUID cohort;

    @Inject
    EmployerRepository employers;
    @Inject
    TutorRepository tutors;
    @Inject
    OfferRepository offers;
    @Inject
    CohortRepository cohorts;
    @Inject
    LearnerRepository learners;
    @Inject
    ContractRepository contracts;

    @BeforeEach
    void rowsOfEachKind() {
        if (employer != null) return;
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            List<EmployerEntity> stored = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                EmployerEntity e = new EmployerEntity();
                e.id = UUID.randomUUID();
                e.legalName = "Employeur " + i;
                e.siret = TestData.newSiret();
                e.kind = EmployerKind.OTHER;
                e.sector = Sector.PUBLIC;
                e.filingBody = Sector.PUBLIC.filingBody();
                e.createdBy = "test";
                e.createdAt = now;
                employers.persist(e);
                stored.add(e);
            }
            EmployerEntity host = stored.get(0);
            TutorEntity tutor = new TutorEntity();
            tutor.id = UUID.randomUUID();
            tutor.employerId = host.id;
            tutor.firstName = "Tina";
            tutor.lastName = "Tutor";
            tutor.diplomaLevel = 5;
            tutor.diplomaRelevant = true;
            tutor.relevantExperienceMonths = 24;
            tutor.createdAt = now;
            tutors.persist(tutor);
            CohortEntity c = new CohortEntity();
            c.id = UUID.randomUUID();
            c.code = "N-1";
            c.startDate = LocalDate.parse("2027-01-04");
            c.endDate = LocalDate.parse("2027-06-20");
            c.capacity = ROWS;
            c.status = CohortStatus.OPEN;
            c.lastEventId = "test";
            c.updatedAt = now;
            cohorts.persist(c);
            for (int i = 0; i < ROWS; i++) {
                OfferEntity o = new OfferEntity();
                o.id = UUID.randomUUID();
                o.employerId = host.id;
                o.title = "Médiateur " + i;
                o.place = "Saint-Denis";
                o.startDate = c.startDate;
                o.positions = 1;
                o.status = OfferStatus.CLOSED; // out of the public list, which other tests read
                o.createdAt = now;
                offers.persist(o);
                LearnerEntity l = new LearnerEntity();
                l.candidateId = UUID.randomUUID();
                l.cohortId = c.id;
                l.firstName = "Inès";
                l.lastName = "Moreau " + i;
                l.birthDate = LocalDate.parse("2004-05-17");
                l.admittedAt = now;
                learners.persist(l);
                ContractEntity k = new ContractEntity();
                k.id = UUID.randomUUID();
                k.candidateId = l.candidateId;
                k.cohortId = c.id;
                k.employerId = host.id;
                k.tutorId = tutor.id;
                k.startDate = c.startDate;
                k.endDate = c.endDate;
                k.weeklyHours = 35;
                k.status = ContractStatus.ACTIVE;
                k.signedBy = "test";
                k.signedAt = now;
                contracts.persist(k);
            }
            employer = host.id;
            cohort = c.id;
        });
    }

    @Test
    void listEmployers() {
        SqlStatements.assertSameCostAtAnyPageSize("listEmployers", BOUND, size ->
                given().auth().oauth2(TestData.OFFICER).queryParam("size", size).get("/api/v1/employers")
                        .then().statusCode(200).body("items", hasSize(size)));
    }

    @Test
    void listOffers() {
        SqlStatements.assertSameCostAtAnyPageSize("listOffers", BOUND, size ->
                given().auth().oauth2(TestData.OFFICER).queryParam("employerId", employer).queryParam("size", size).get("/api/v1/offers")
                        .then().statusCode(200).body("items", hasSize(size)));
    }

    @Test
    void listContracts() {
        SqlStatements.assertSameCostAtAnyPageSize("listContracts", BOUND, size ->
                given().auth().oauth2(TestData.OFFICER).queryParam("employerId", employer).queryParam("size", size).get("/api/v1/contracts")
                        .then().statusCode(200).body("items", hasSize(size)));
    }

    @Test
    void listPlaceableLearners() {
        SqlStatements.assertSameCostAtAnyPageSize("listPlaceableLearners", BOUND, size ->
                given().auth().oauth2(TestData.OFFICER).queryParam("cohortId", cohort).queryParam("size", size).get("/api/v1/learners")
                        .then().statusCode(200).body("items", hasSize(size)));
    }
}
