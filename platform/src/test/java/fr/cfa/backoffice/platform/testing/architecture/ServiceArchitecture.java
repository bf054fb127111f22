package fr.cfa.backoffice.platform.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fr.cfa.backoffice.platform.time.RealTime;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.smallrye.config.ConfigMapping;
import jakarta.persistence.Entity;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import java.util.Set;

/**
 * The one shape of the four services (ARCHITECTURE.md), as rules. Each service runs them all, one JUnit test a rule:
 * <pre>
 * class ArchitectureTest {
 *     &#64;TestFactory Stream&lt;DynamicTest&gt; the_service_keeps_the_shape() { return ServiceArchitecture.checkAll("fr.cfa.backoffice.admissions"); }
 * }
 * </pre>
 * (Plain Jupiter tests rather than ArchUnit's own engine: Surefire's class filter drops the engine's field-based
 * tests, so they would never run.) Each rule is shown failing on a deliberate violation in platform's own
 * ServiceArchitectureTest.
 */
public final class ServiceArchitecture {
    static final String ROOT = "fr.cfa.backoffice.";

    private ServiceArchitecture() {}

    @ArchTest
    public static final ArchRule domain_never_imports_rest = noClasses().that().resideInAPackage("fr.cfa.backoffice.*.domain..")
            .should().dependOnClassesThat().resideInAPackage("fr.cfa.backoffice.*.rest..")
            .because("the domain knows nothing of HTTP: resources call it, never the other way round");

    @ArchTest
    public static final ArchRule rest_never_imports_persistence = noClasses().that().resideInAPackage("fr.cfa.backoffice.*.rest..")
            .should().dependOnClassesThat().resideInAPackage("fr.cfa.backoffice.*.persistence..")
            .because("reads go through domain queries that return projections (api views); entities never reach rest/");

    @ArchTest
    public static final ArchRule api_records_know_neither_http_nor_tables = noClasses().that().resideInAPackage("fr.cfa.backoffice.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.cfa.backoffice.*.rest..", "fr.cfa.backoffice.*.persistence..")
            .because("api/ holds the DTO records the HTTP API speaks, built by the domain");

    @ArchTest
    public static final ArchRule no_service_imports_another = classes().that().resideInAPackage("fr.cfa.backoffice..")
            .should(new ArchCondition<JavaClass>("depend only on their own service and platform") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = serviceOf(origin.getPackageName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = serviceOf(dependency.getTargetClass().getPackageName());
                        if (target != null && !target.equals(own) && !target.equals("platform")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("services share HTTP and events, never code: a consumer keeps its own reader records");

    @ArchTest
    public static final ArchRule entities_are_not_returned_from_resources = methods().that().areDeclaredInClassesThat()
            .resideInAPackage("fr.cfa.backoffice.*.rest..")
            .should(new ArchCondition<JavaMethod>("not return entities (nor pages or lists of them)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                        if (type.isAnnotatedWith(Entity.class)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns entity " + type.getName()));
                        }
                    }
                }
            })
            .because("entities never leave the service: resources answer api records");

    @ArchTest
    public static final ArchRule no_now_without_the_suite_clock = noClasses().that().areNotAnnotatedWith(RealTime.class)
            .should().callMethodWhere(readsTheSystemClock())
            .because("every now and today comes from the suite's clock (an injected java.time.Clock), in Europe/Paris");

    @ArchTest
    public static final ArchRule data_access_through_repositories = noClasses().should().callMethodWhere(activeRecordCall())
            .because("one data-access style: repositories (PanacheRepositoryBase), no active-record statics or entity.persist()");

    @ArchTest
    public static final ArchRule entities_live_in_persistence = classes().that().areAnnotatedWith(Entity.class)
            .should().resideInAPackage("fr.cfa.backoffice.*.persistence..");

    @ArchTest
    public static final ArchRule dto_records_live_in_api = noClasses().that().resideInAPackage("fr.cfa.backoffice.*.rest..")
            .should().beAssignableTo(Record.class)
            .because("DTO records are in one place, api/, one file each: never nested in resources");

    @ArchTest
    public static final ArchRule consumed_event_records_have_their_own_files = noClasses().that().resideInAPackage("fr.cfa.backoffice.*.events..")
            .and().resideOutsideOfPackage("fr.cfa.backoffice.*.events.contract..")
            .and().areNestedClasses()
            .should().beAssignableTo(Record.class)
            .because("a consumer's reader records sit in events/, one file each, not nested in the consumer")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule config_mappings_live_in_config = classes().that().areAnnotatedWith(ConfigMapping.class)
            .should().resideInAPackage("fr.cfa.backoffice.*.config..");

    /** Every rule above, by name. */
    public static Map<String, ArchRule> rules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        for (Field field : ServiceArchitecture.class.getFields()) {
            if (ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    rules.put(field.getName(), (ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }

    /** One test a rule, over the service's main classes (its events contract included, its tests not). */
    public static Stream<DynamicTest> checkAll(String servicePackage) {
        return checkAll(rules(), servicePackage);
    }

    static Stream<DynamicTest> checkAll(Map<String, ArchRule> rules, String servicePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).withImportOption(new ImportOption.DoNotIncludeArchives()).importPackages(servicePackage);
        if (classes.isEmpty()) throw new IllegalStateException("No class found in " + servicePackage);
        return rules.entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(classes)));
    }

    /** The service a package belongs to ({@code admissions} for {@code fr.cfa.backoffice.admissions.rest}), or null. */
    static String serviceOf(String packageName) {
        if (!packageName.startsWith(ROOT)) return null;
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static final Set<String> CLOCKS = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return new DescribedPredicate<>("now() without a Clock, System.currentTimeMillis() or Clock.system*()") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                var parameters = call.getTarget().getRawParameterTypes();
                if (CLOCKS.contains(owner) && name.equals("now")) {
                    return parameters.isEmpty() || parameters.get(0).isEquivalentTo(ZoneId.class);
                }
                if (owner.equals("java.lang.System")) return name.equals("currentTimeMillis");
                if (owner.equals("java.time.Clock")) return name.startsWith("system");
                return false;
            }
        };
    }

    private static final Set<String> ACTIVE_RECORD = Set.of("persist", "persistAndFlush", "delete", "deleteAll", "deleteById", "find", "findAll",
            "findById", "findByIdOptional", "list", "listAll", "stream", "streamAll", "count", "update", "isPersistent", "flush");

    static DescribedPredicate<JavaMethodCall> activeRecordCall() {
        return new DescribedPredicate<>("an active-record method of a Panache entity") {
            @Override
            public boolean test(JavaMethodCall call) {
                return ACTIVE_RECORD.contains(call.getTarget().getName())
                        && call.getTarget().getOwner().isAssignableTo(PanacheEntityBase.class);
            }
        };
    }
}
