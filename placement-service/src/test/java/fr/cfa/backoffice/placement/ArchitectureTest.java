package fr.cfa.backoffice.placement;

import fr.cfa.backoffice.platform.testing.architecture.ServiceArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Placement keeps the one shape of the four services (ARCHITECTURE.md): platform's rules, one test a rule. */
class ArchitectureTest {
    @TestFactory
    Stream<DynamicTest> placement_keeps_the_shape() {
        return ServiceArchitecture.checkAll("fr.cfa.backoffice.placement");
    }
}
