package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.persistence.ContractRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two signatures at the same moment cannot both pass a check that each would pass alone: exactly one is created
 * (201), the other is refused with the rule's problem, and the database holds one contract.
 */
@QuarkusTest
class ConcurrentSigningTest {
    static final int ROUNDS = 3;

    @Inject
    ContractRepository contracts;

    /** Both bodies POSTed together, released by one latch; answers in the order of the bodies. */
    static List<Response> together(String first, String second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (String body : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).post("/api/v1/contracts");
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) responses.add(answer.get(60, TimeUnit.SECONDS));
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).sorted().toList();
    }

    static String typeOfRefusal(List<Response> responses) {
        return responses.stream().filter(r -> r.statusCode() != 201).findFirst().orElseThrow().jsonPath().getString("type");
    }

    long activeContractsOf(UUID candidate) {
        return QuarkusTransaction.requiringNew().call(() -> contracts.count("candidateId = ?1 and status = ?2", candidate, ContractStatus.ACTIVE));
    }

    long activeContractsOfTutor(String tutor) {
        UUID id = UUID.fromString(tutor);
        return QuarkusTransaction.requiringNew().call(() -> contracts.count("tutorId = ?1 and status = ?2", id, ContractStatus.ACTIVE));
    }

    @Test
    void two_simultaneous_contracts_for_the_last_place_of_a_tutor_give_one_201_and_one_422() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate start = TestData.mondayWeeksAgo(4);
            UUID first = UUID.randomUUID();
            UUID cohort = TestData.cohortWithLearner(start, first);
            UUID second = UUID.randomUUID();
            TestData.admit(second, cohort);
            UUID third = UUID.randomUUID();
            TestData.admit(third, cohort);
            String employer = TestData.employer();
            String tutor = TestData.qualifiedTutor(employer);
            String from = start.plusWeeks(1).toString();
            String to = start.plusWeeks(24).toString();
            TestData.sign(first, employer, tutor, from, to).statusCode(201);

            List<Response> answers = together(TestData.contractBody(second, employer, tutor, from, to), TestData.contractBody(third, employer, tutor, from, to));

            assertEquals(List.of(201, 422), statuses(answers), "round " + round + ": " + answers.stream().map(Response::asString).toList());
            assertEquals("urn:cfa:problem:tutor-capacity-reached", typeOfRefusal(answers));
            assertEquals(2, activeContractsOfTutor(tutor), "the tutor has the two apprentices the law allows");
        }
    }

    @Test
    void two_simultaneous_contracts_for_one_learner_give_one_201_and_one_409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate start = TestData.mondayWeeksAgo(4);
            UUID candidate = UUID.randomUUID();
            TestData.cohortWithLearner(start, candidate);
            String employer = TestData.employer();
            String other = TestData.employer();
            String from = start.plusWeeks(1).toString();
            String to = start.plusWeeks(24).toString();

            List<Response> answers = together(TestData.contractBody(candidate, employer, TestData.qualifiedTutor(employer), from, to),
                    TestData.contractBody(candidate, other, TestData.qualifiedTutor(other), from, to));

            assertEquals(List.of(201, 409), statuses(answers), "round " + round + ": " + answers.stream().map(Response::asString).toList());
            assertEquals("urn:cfa:problem:learner-has-active-contract", typeOfRefusal(answers));
            assertEquals(1, activeContractsOf(candidate), "one active contract for the learner");
            assertTrue(answers.stream().filter(r -> r.statusCode() == 201).allMatch(r -> r.jsonPath().getString("candidateId").equals(candidate.toString())));
        }
    }
}
