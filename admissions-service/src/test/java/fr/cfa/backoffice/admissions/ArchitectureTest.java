package fr.cfa.backoffice.admissions;

import fr.cfa.backoffice.platform.testing.architecture.ServiceArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Issue 12: admissions keeps the one shape of the four services (ARCHITECTURE.md), one test a rule. */
class ArchitectureTest {
    @TestFactory
    Stream<DynamicTest> the_service_keeps_the_shape() {
        return ServiceArchitecture.checkAll("fr.cfa.backoffice.admissions");
    }
}
