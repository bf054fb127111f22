package fr.cfa.backoffice.platform;

import fr.cfa.backoffice.platform.testing.architecture.PlatformArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** platform/'s own shape: it imports no service and holds no entity. */
class PlatformArchitectureTest {
    @TestFactory
    Stream<DynamicTest> platform_keeps_to_plumbing() {
        return PlatformArchitecture.checkAll();
    }
}
