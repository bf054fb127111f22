package fr.cfa.backoffice.admissions;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.ApplicationSubmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateWithdrawnV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.ApiContract;
import fr.cfa.backoffice.platform.testing.contract.EventCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/**
 * Admissions' published contract: api/openapi.yaml, api/asyncapi.yaml and the JSON Schemas of its events are what the
 * code produces ({@code -Dcontracts.write=true} rewrites them), ready for a generated client, and changed compatibly.
 */
@QuarkusTest
public class PublishedContractTest extends ApiContract {
    /** What admissions publishes (its events contract) and reads (curriculum's records). */
    public static final EventCatalogue CATALOGUE = EventCatalogue.of("admissions-service",
                    "Applications and selection at the training centre: who applied to which cohort, who was admitted, withdrew or asked "
                            + "for erasure. RQTH (disability status) and interview notes are never in an event.")
            .publishes(AdmissionsTopics.APPLICATIONS, "Application events, keyed by candidateId. Kept 21 days (CandidateAdmitted carries "
                            + "personal data): a consumer that replays remembers erasures by candidateId.",
                    List.of("curriculum-service", "placement-service", "certification-service"),
                    EventCatalogue.event(ApplicationSubmittedV1.TYPE, ApplicationSubmittedV1.class,
                            "An application was received (national status PRE_INSCRIT), eligible or not; no personal data"),
                    EventCatalogue.event(CandidateAdmittedV1.TYPE, CandidateAdmittedV1.class,
                            "A candidate was admitted to a cohort, by decision or from the waitlist: who the person is and how to reach them"),
                    EventCatalogue.event(CandidateWithdrawnV1.TYPE, CandidateWithdrawnV1.class,
                            "The candidate withdrew before the cohort started; previousStatus ADMITTED means a seat was freed"),
                    EventCatalogue.event(CandidateErasedV1.TYPE, CandidateErasedV1.class,
                            "The person asked for erasure: erase or pseudonymise what you hold about this candidate"))
            .consumes(CurriculumTopics.COHORTS, "curriculum-service",
                    EventCatalogue.event(CohortScheduledV1.TYPE, CohortScheduledV1.class, "A cohort was scheduled: admissions recruits for it"),
                    EventCatalogue.event(CohortUpdatedV1.TYPE, CohortUpdatedV1.class,
                            "A cohort changed (its status moves with the clock, or it was edited): the cohorts read model follows"));

    @Override
    protected EventCatalogue catalogue() {
        return CATALOGUE;
    }

    @Override
    protected String authenticatedReadPath() {
        return "/api/v1/cohorts";
    }

    @Override
    protected String tokenForRead() {
        return TestTokens.forRole("manager");
    }
}
