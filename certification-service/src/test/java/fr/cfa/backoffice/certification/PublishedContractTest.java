package fr.cfa.backoffice.certification;

import static fr.cfa.backoffice.platform.testing.contract.EventCatalogue.event;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.certification.events.contract.CertificationResultPublishedV1;
import fr.cfa.backoffice.certification.events.contract.CertificationTopics;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerEnrolledV1;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.curriculum.events.contract.TrainingCompletedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.events.contract.EmployerPeriodCompletedV1;
import fr.cfa.backoffice.placement.events.contract.PlacementTopics;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.ApiContract;
import fr.cfa.backoffice.platform.testing.contract.EventCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/**
 * Certification's published contract (issue 11): api/openapi.yaml, api/asyncapi.yaml and the JSON Schema of what it publishes
 * are what the code produces. Consumed topics list only the types certification applies (the others on those topics are ignored).
 */
@QuarkusTest
public class PublishedContractTest extends ApiContract {
    public static final EventCatalogue CATALOGUE = EventCatalogue.of("certification-service", "Certification service events")
            .publishes(CertificationTopics.RESULTS, "The jury's results, keyed by candidateId", List.of("curriculum-service"),
                    event(CertificationResultPublishedV1.TYPE, CertificationResultPublishedV1.class, "A jury's results were recorded: WHOLE_TITLE, "
                            + "PARTIAL or FAILED, with the CCPs held after the session and the certificate or attestation issued (none for FAILED); "
                            + "the training ends (FIN_DE_FORMATION)"))
            .consumes(AdmissionsTopics.APPLICATIONS, "admissions-service",
                    event(CandidateAdmittedV1.TYPE, CandidateAdmittedV1.class, "A candidate was admitted: certification knows them by name"),
                    event(CandidateErasedV1.TYPE, CandidateErasedV1.class, "The person asked for erasure: names and credentials go, figures stay"))
            .consumes(CurriculumTopics.COHORTS, "curriculum-service",
                    event(CohortScheduledV1.TYPE, CohortScheduledV1.class, "A cohort was scheduled (cohorts read model, indicators by year)"),
                    event(CohortUpdatedV1.TYPE, CohortUpdatedV1.class, "A cohort changed"))
            .consumes(CurriculumTopics.LEARNERS, "curriculum-service",
                    event(LearnerEnrolledV1.TYPE, LearnerEnrolledV1.class, "The candidate is a learner of the cohort"),
                    event(TrainingCompletedV1.TYPE, TrainingCompletedV1.class, "The centre training is completed: a condition of eligibility"),
                    event(LearnerWithdrawnV1.TYPE, LearnerWithdrawnV1.class, "The learner dropped out: not eligible, counted in the drop-out rate"))
            .consumes(PlacementTopics.CONTRACTS, "placement-service",
                    event(ContractSignedV1.TYPE, ContractSignedV1.class, "A contract was signed: counted in the contract termination rate "
                            + "(no longer published by placement, still in the topic's history: read like ContractSigned.v2)"),
                    event(ContractSignedV2.TYPE, ContractSignedV2.class, "A contract was signed: counted in the contract termination rate "
                            + "(what placement publishes; its employerSiret is not used here)"),
                    event(ContractTerminatedV1.TYPE, ContractTerminatedV1.class, "A contract ended early: counted in the contract termination rate"),
                    event(EmployerPeriodCompletedV1.TYPE, EmployerPeriodCompletedV1.class, "The employer period is completed: a condition of eligibility"));

    @Override
    protected EventCatalogue catalogue() {
        return CATALOGUE;
    }

    @Override
    protected String authenticatedReadPath() {
        return "/api/v1/sessions";
    }

    @Override
    protected String tokenForRead() {
        return TestTokens.forRole(Roles.CERTIFICATION_OFFICER);
    }
}
