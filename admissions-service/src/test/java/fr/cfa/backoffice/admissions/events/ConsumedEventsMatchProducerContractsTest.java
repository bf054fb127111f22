package fr.cfa.backoffice.admissions.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.admissions.domain.CohortFacts;
import fr.cfa.backoffice.admissions.domain.CohortStatus;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.EventEnvelope;
import fr.cfa.backoffice.platform.events.PoisonEventException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Admissions reads curriculum.cohorts with its own reader ({@link CohortAnnouncementV1}). Every type and version curriculum
 * publishes there, built from curriculum's own records and written the way its outbox writes them, must read into what the
 * cohorts read model needs: a renamed or retyped field in curriculum's contract fails this build, not a night of events
 * parked on the dead-letter topic.
 */
class ConsumedEventsMatchProducerContractsTest {
    static final UUID COHORT = UUID.fromString("3f2e1d0c-9b8a-4765-8432-10fedcba9876");
    static final LocalDate START = LocalDate.parse("2027-01-04");
    static final LocalDate END = LocalDate.parse("2027-06-20");

    /** An event exactly as curriculum's outbox records it: the record's JSON (EventCodec) inside the CloudEvents envelope. */
    static String asCurriculumPublishes(String type, Object data) {
        return EventCodec.write(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/curriculum-service", type,
                COHORT.toString(), OffsetDateTime.parse("2026-11-28T10:00:00+01:00"), "application/json", EventCodec.toTree(data)));
    }

    /** Every published version of each consumed type, with the nullable place set and not set. */
    static Stream<Arguments> everyPublishedCohortEvent() {
        List<LocalDate> employerWeeks = List.of(LocalDate.parse("2027-01-25"), LocalDate.parse("2027-02-01"));
        return Stream.of(
                Arguments.of(CohortScheduledV1.TYPE, new CohortScheduledV1(COHORT, "MSADS-2027-01", START, END, 12, "OPEN", "CFA Saint-Denis", employerWeeks), CohortStatus.OPEN),
                Arguments.of(CohortScheduledV1.TYPE, new CohortScheduledV1(COHORT, "MSADS-2027-01", START, END, 12, "OPEN", null, List.of()), CohortStatus.OPEN),
                Arguments.of(CohortUpdatedV1.TYPE, new CohortUpdatedV1(COHORT, "MSADS-2027-01", START, END, 12, "RUNNING", "CFA Saint-Denis", employerWeeks), CohortStatus.RUNNING),
                Arguments.of(CohortUpdatedV1.TYPE, new CohortUpdatedV1(COHORT, "MSADS-2027-01", START, END, 12, "CLOSED", null, employerWeeks), CohortStatus.CLOSED));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyPublishedCohortEvent")
    void the_reader_takes_what_the_cohorts_read_model_needs_from_every_published_cohort_event(String type, Object published, CohortStatus status) {
        EventEnvelope envelope = EventCodec.read(asCurriculumPublishes(type, published));

        CohortFacts facts = EventCodec.dataAs(envelope, CohortAnnouncementV1.class).toFacts();

        assertEquals(new CohortFacts(COHORT, "MSADS-2027-01", START, END, 12, status), facts);
    }

    @Test
    void admissions_routes_on_the_types_curriculum_publishes() {
        assertEquals(CohortScheduledV1.TYPE, EventEnvelope.typeOf(CohortEventsConsumer.COHORT_SCHEDULED, CohortEventsConsumer.VERSION_READ));
        assertEquals(CohortUpdatedV1.TYPE, EventEnvelope.typeOf(CohortEventsConsumer.COHORT_UPDATED, CohortEventsConsumer.VERSION_READ));
    }

    @Test
    void the_reader_still_refuses_an_event_lacking_a_field_it_needs() {
        // Tolerant of additions, not of losses: without its start date a cohort cannot be recruited for.
        String withoutStart = asCurriculumPublishes(CohortScheduledV1.TYPE,
                new CohortScheduledV1(COHORT, "MSADS-2027-01", null, END, 12, "OPEN", null, List.of()));

        PoisonEventException poison = assertThrows(PoisonEventException.class,
                () -> EventCodec.dataAs(EventCodec.read(withoutStart), CohortAnnouncementV1.class));
        assertEquals("CohortScheduled.v1 data lacks required fields [startDate]", poison.getMessage());
    }
}
