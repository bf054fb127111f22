package fr.cfa.backoffice.curriculum;

import fr.cfa.backoffice.platform.testing.architecture.ServiceArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Curriculum keeps the one shape of the four services (ARCHITECTURE.md): one test a rule of platform's ServiceArchitecture. */
class ArchitectureTest {
    @TestFactory
    Stream<DynamicTest> the_service_keeps_the_shape() {
        return ServiceArchitecture.checkAll("fr.cfa.backoffice.curriculum");
    }
}
