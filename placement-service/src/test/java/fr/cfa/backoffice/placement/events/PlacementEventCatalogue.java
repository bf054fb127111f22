package fr.cfa.backoffice.placement.events;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.events.contract.EmployerPeriodCompletedV1;
import fr.cfa.backoffice.placement.events.contract.PlacementTopics;
import fr.cfa.backoffice.platform.testing.contract.EventCatalogue;
import java.util.List;

/**
 * What placement publishes and reads, from the producers' records: the source of api/asyncapi.yaml. The topic keeps
 * ContractSigned.v1 in its history: documented with its schema, while placement publishes ContractSigned.v2 only
 * (PublishedEventsMatchTheirSchemasTest checks the types its flows publish).
 */
public final class PlacementEventCatalogue {
    public static final EventCatalogue CATALOGUE = EventCatalogue.of("placement-service", "Placement service events: apprenticeship contracts "
                    + "and the end of the employer period; reads admitted learners and cohorts.")
            .publishes(PlacementTopics.CONTRACTS, "Contract events, keyed by candidateId", List.of("curriculum-service", "certification-service"),
                    EventCatalogue.event(ContractSignedV1.TYPE, ContractSignedV1.class,
                            "No longer published (superseded by ContractSigned.v2), still in the topic's history; consumers read both. "
                                    + "An apprenticeship contract was signed: the learner becomes APPRENTI"),
                    EventCatalogue.event(ContractSignedV2.TYPE, ContractSignedV2.class,
                            "An apprenticeship contract was signed: the learner becomes APPRENTI; with the SIRET of the employer's establishment "
                                    + "(employerSiret, 14 digits). Published instead of ContractSigned.v1"),
                    EventCatalogue.event(ContractTerminatedV1.TYPE, ContractTerminatedV1.class,
                            "The contract ended early: the learner becomes RUPTURANT (6 months to find a new employer). terminatedOn is the "
                                    + "termination's effective date (the contract's last day), ground its legal ground: what the State's feed needs"),
                    EventCatalogue.event(EmployerPeriodCompletedV1.TYPE, EmployerPeriodCompletedV1.class,
                            "The cohort's employer weeks have elapsed under an active contract and the final evaluation is recorded"))
            .consumes(AdmissionsTopics.APPLICATIONS, "admissions-service",
                    EventCatalogue.event(CandidateAdmittedV1.TYPE, CandidateAdmittedV1.class, "A placeable learner: admitted to a cohort"),
                    EventCatalogue.event(CandidateErasedV1.TYPE, CandidateErasedV1.class, "The person is erased from the placeable learners"))
            .consumes(CurriculumTopics.COHORTS, "curriculum-service",
                    EventCatalogue.event(CohortScheduledV1.TYPE, CohortScheduledV1.class, "A cohort, its employer weeks and its exam week, to time contracts (the end of the exams, L6222-7-1)"),
                    EventCatalogue.event(CohortUpdatedV1.TYPE, CohortUpdatedV1.class, "The cohort as it now is"))
            .consumes(CurriculumTopics.LEARNERS, "curriculum-service",
                    EventCatalogue.event(LearnerWithdrawnV1.TYPE, LearnerWithdrawnV1.class, "The learner withdrew: no longer placeable"));

    private PlacementEventCatalogue() {}
}
