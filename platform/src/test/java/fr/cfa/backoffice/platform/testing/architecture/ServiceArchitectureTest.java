package fr.cfa.backoffice.platform.testing.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule fails on a deliberate violation (fixtures in fr.cfa.backoffice.messy, one class per
 * violation) and passes on a service in the shape (fr.cfa.backoffice.tidy): a rule that cannot fail proves nothing.
 */
class ServiceArchitectureTest {
    private static final JavaClasses TIDY = new ClassFileImporter().importPackages("fr.cfa.backoffice.tidy");
    private static final JavaClasses MESSY = new ClassFileImporter().importPackages("fr.cfa.backoffice.messy");

    @Test
    void a_service_in_the_shape_passes_every_rule() {
        for (ArchRule rule : List.of(ServiceArchitecture.domain_never_imports_rest, ServiceArchitecture.rest_never_imports_persistence,
                ServiceArchitecture.api_records_know_neither_http_nor_tables, ServiceArchitecture.no_service_imports_another,
                ServiceArchitecture.entities_are_not_returned_from_resources, ServiceArchitecture.no_now_without_the_suite_clock,
                ServiceArchitecture.data_access_through_repositories, ServiceArchitecture.entities_live_in_persistence,
                ServiceArchitecture.dto_records_live_in_api, ServiceArchitecture.consumed_event_records_have_their_own_files,
                ServiceArchitecture.config_mappings_live_in_config)) {
            EvaluationResult result = rule.evaluate(TIDY);
            assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
        }
    }

    @Test
    void the_domain_importing_rest_is_refused() {
        assertFlags(ServiceArchitecture.domain_never_imports_rest, "DomainKnowsHttp");
    }

    @Test
    void a_resource_reading_an_entity_is_refused() {
        assertFlags(ServiceArchitecture.rest_never_imports_persistence, "RestReadsTables");
    }

    @Test
    void an_api_record_built_from_an_entity_is_refused() {
        assertFlags(ServiceArchitecture.api_records_know_neither_http_nor_tables, "ViewFromEntity");
    }

    @Test
    void a_service_importing_another_service_is_refused() {
        assertFlags(ServiceArchitecture.no_service_imports_another, "ReachesIntoAnotherService");
    }

    @Test
    void a_resource_returning_entities_is_refused() {
        assertFlags(ServiceArchitecture.entities_are_not_returned_from_resources, "RestReadsTables.list()");
    }

    @Test
    void now_without_the_suite_clock_is_refused_with_or_without_a_zone() {
        assertFlags(ServiceArchitecture.no_now_without_the_suite_clock, "ReadsTheWallClock.today()", "ReadsTheWallClock.todayInParis()");
    }

    @Test
    void an_active_record_call_is_refused() {
        assertFlags(ServiceArchitecture.data_access_through_repositories, "ActiveRecordCaller.load");
    }

    @Test
    void an_entity_outside_persistence_is_refused() {
        assertFlags(ServiceArchitecture.entities_live_in_persistence, "MisplacedEntity");
    }

    @Test
    void a_dto_record_nested_in_a_resource_is_refused() {
        assertFlags(ServiceArchitecture.dto_records_live_in_api, "ResourceWithNestedDto$MessyView");
    }

    @Test
    void a_reader_record_nested_in_a_consumer_is_refused() {
        assertFlags(ServiceArchitecture.consumed_event_records_have_their_own_files, "ConsumerWithNestedReader$Announcement");
    }

    @Test
    void a_config_mapping_outside_config_is_refused() {
        assertFlags(ServiceArchitecture.config_mappings_live_in_config, "MisplacedConfig");
    }

    @Test
    void platform_importing_a_service_is_refused() {
        JavaClasses leaky = new ClassFileImporter().importPackages("fr.cfa.backoffice.platform.leaky");
        EvaluationResult result = PlatformArchitecture.platform_imports_no_service.evaluate(leaky);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("PlatformReachingIntoAService"), result.getFailureReport().toString());
    }

    private static void assertFlags(ArchRule rule, String... culprits) {
        EvaluationResult result = rule.evaluate(MESSY);
        assertTrue(result.hasViolation(), "the rule did not fail on its deliberate violation: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        for (String culprit : culprits) assertTrue(report.contains(culprit), "expected " + culprit + " in:\n" + report);
    }
}
