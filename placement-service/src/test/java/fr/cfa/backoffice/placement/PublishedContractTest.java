package fr.cfa.backoffice.placement;

import fr.cfa.backoffice.placement.events.PlacementEventCatalogue;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.ApiContract;
import fr.cfa.backoffice.platform.testing.contract.EventCatalogue;
import io.quarkus.test.junit.QuarkusTest;

/** Placement's published contract (issue 11): api/openapi.yaml, api/asyncapi.yaml and api/schemas are what the code produces. */
@QuarkusTest
class PublishedContractTest extends ApiContract {
    @Override
    protected EventCatalogue catalogue() {
        return PlacementEventCatalogue.CATALOGUE;
    }

    @Override
    protected String authenticatedReadPath() {
        return "/api/v1/employers";
    }

    @Override
    protected String tokenForRead() {
        return TestTokens.forRole(Roles.PLACEMENT_OFFICER);
    }
}
