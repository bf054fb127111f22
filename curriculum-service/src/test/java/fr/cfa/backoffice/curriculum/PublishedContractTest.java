package fr.cfa.backoffice.curriculum;

import fr.cfa.backoffice.curriculum.events.CurriculumEventCatalogue;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.ApiContract;
import fr.cfa.backoffice.platform.testing.contract.EventCatalogue;
import io.quarkus.test.junit.QuarkusTest;

/** Curriculum's published contract (issue 11): api/openapi.yaml, api/asyncapi.yaml and api/schemas are what the code produces. */
@QuarkusTest
class PublishedContractTest extends ApiContract {
    @Override
    protected EventCatalogue catalogue() {
        return CurriculumEventCatalogue.CATALOGUE;
    }

    @Override
    protected String authenticatedReadPath() {
        return "/api/v1/cohorts";
    }

    @Override
    protected String tokenForRead() {
        return TestTokens.forRole(Roles.TRAINER);
    }
}
