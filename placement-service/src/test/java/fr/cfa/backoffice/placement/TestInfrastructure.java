package fr.cfa.backoffice.placement;

import fr.cfa.backoffice.platform.testing.KafkaTestResource;
import fr.cfa.backoffice.platform.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against one real PostgreSQL and one real Kafka broker. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
    private TestInfrastructure() {}
}
