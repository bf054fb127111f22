package fr.cfa.backoffice.platform.testing.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** What platform/ may hold: plumbing shared once, no service's code and no domain class. */
public final class PlatformArchitecture {
    private PlatformArchitecture() {}

    /** One test a rule, over platform's main classes. */
    public static Stream<DynamicTest> checkAll() {
        return ServiceArchitecture.checkAll(Map.of("platform_imports_no_service", platform_imports_no_service,
                "platform_holds_no_entity", platform_holds_no_entity), "fr.cfa.backoffice.platform");
    }

    @ArchTest
    public static final ArchRule platform_imports_no_service = noClasses().that().resideInAPackage("fr.cfa.backoffice.platform..")
            .should().dependOnClassesThat(resideInAPackage("fr.cfa.backoffice..").and(resideOutsideOfPackage("fr.cfa.backoffice.platform..")))
            .because("services depend on platform, never the other way round");

    @ArchTest
    public static final ArchRule platform_holds_no_entity = noClasses().that().resideInAPackage("fr.cfa.backoffice.platform..")
            .should().beAnnotatedWith(Entity.class)
            .because("platform holds plumbing; each service owns its tables' entities");
}
