package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateWithdrawnV1;
import fr.cfa.backoffice.certification.events.contract.CertificationResultPublishedV1;
import fr.cfa.backoffice.certification.events.contract.CertificationTopics;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerEnrolledV1;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.curriculum.events.contract.ModuleCompletedV1;
import fr.cfa.backoffice.curriculum.events.contract.TrainingCompletedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.events.contract.PlacementTopics;
import fr.cfa.backoffice.platform.testing.contract.EventCatalogue;
import java.util.List;

/**
 * What curriculum publishes and reads, from the producers' records: the source of api/asyncapi.yaml and of the checks of
 * the records it publishes. Consumers as they are (their @Incoming channels): curriculum.cohorts is read by admissions,
 * placement and certification; curriculum.learners by placement (LearnerWithdrawn) and certification.
 */
public final class CurriculumEventCatalogue {
    public static final EventCatalogue CATALOGUE = EventCatalogue.of("curriculum-service", "Curriculum service events: cohorts and their "
                    + "alternance calendars, learners' enrollments, module completions and the end of the centre part; reads admissions, "
                    + "contracts and certification results, which move the learners' national status.")
            .publishes(CurriculumTopics.COHORTS, "Cohort events, keyed by cohortId", List.of("admissions-service", "placement-service", "certification-service"),
                    EventCatalogue.event(CohortScheduledV1.TYPE, CohortScheduledV1.class,
                            "A cohort was scheduled: its dates, capacity, place, the Mondays of its employer weeks and of its exam week (M9)"),
                    EventCatalogue.event(CohortUpdatedV1.TYPE, CohortUpdatedV1.class,
                            "A cohort changed (its status moves with the calendar: RUNNING from its start, CLOSED after its end), as it now is"))
            .publishes(CurriculumTopics.LEARNERS, "Learner events, keyed by candidateId", List.of("placement-service", "certification-service"),
                    EventCatalogue.event(LearnerEnrolledV1.TYPE, LearnerEnrolledV1.class,
                            "An admitted candidate is now a learner of the cohort (INSCRIT sans contrat)"),
                    EventCatalogue.event(ModuleCompletedV1.TYPE, ModuleCompletedV1.class, "A learner acquired a module (evaluation during training, ECF)"),
                    EventCatalogue.event(TrainingCompletedV1.TYPE, TrainingCompletedV1.class,
                            "The centre part is done: M1 to M8 acquired and the attendance rate at or above the minimum; once per learner"),
                    EventCatalogue.event(LearnerWithdrawnV1.TYPE, LearnerWithdrawnV1.class, "The learner dropped out (ABANDON)"))
            .consumes(AdmissionsTopics.APPLICATIONS, "admissions-service",
                    EventCatalogue.event(CandidateAdmittedV1.TYPE, CandidateAdmittedV1.class, "Enrolls the candidate in the cohort (INSCRIT sans contrat)"),
                    EventCatalogue.event(CandidateWithdrawnV1.TYPE, CandidateWithdrawnV1.class, "An enrolled learner drops out (ABANDON)"),
                    EventCatalogue.event(CandidateErasedV1.TYPE, CandidateErasedV1.class, "The person is erased; the enrollment's statuses stay"))
            .consumes(PlacementTopics.CONTRACTS, "placement-service",
                    EventCatalogue.event(ContractSignedV2.TYPE, ContractSignedV2.class, "The learner becomes APPRENTI; the contract's dates "
                            + "and the employer's SIRET go to the national dashboard"),
                    EventCatalogue.event(ContractSignedV1.TYPE, ContractSignedV1.class, "As v2, without the SIRET: no longer published, "
                            + "read from the topic's history"),
                    EventCatalogue.event(ContractTerminatedV1.TYPE, ContractTerminatedV1.class, "The learner becomes RUPTURANT (6 months for a new contract); "
                            + "the ground is the national record's cause_rupture_contrat"))
            .consumes(CertificationTopics.RESULTS, "certification-service",
                    EventCatalogue.event(CertificationResultPublishedV1.TYPE, CertificationResultPublishedV1.class,
                            "Whole title, partial or failed: the training ends (FIN_DE_FORMATION)"));

    private CurriculumEventCatalogue() {}
}
