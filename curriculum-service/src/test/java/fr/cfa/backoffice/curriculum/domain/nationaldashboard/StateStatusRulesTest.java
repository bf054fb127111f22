package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.cfa.backoffice.curriculum.config.CurriculumConfig;
import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The State's status rules (OBLIGATIONS.md §1) on their boundary days: more than 90 days without a contract, more than
 * 180 days rupturant, an exclusion, a contract ending within 60 days of the training's end.
 */
class StateStatusRulesTest {
    static final LocalDate ENTRY = LocalDate.parse("2027-01-04");
    static final LocalDate TRAINING_END = LocalDate.parse("2027-06-18");

    static <T> T config(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (!values.containsKey(method.getName())) throw new UnsupportedOperationException(method.getName());
            return values.get(method.getName());
        }));
    }

    static StateStatusRules rules() {
        StateStatusRules rules = new StateStatusRules();
        rules.curriculum = config(CurriculumConfig.class, Map.of("accompaniment",
                config(CurriculumConfig.Accompaniment.class, Map.of("withoutContractDays", 90, "rupturantDays", 180, "newContractMonths", 6))));
        rules.dashboard = config(NationalDashboardConfig.class, Map.of("contractEndsWithTrainingDays", 60));
        return rules;
    }

    static LearnerFacts enrolled(List<LearnerFacts.Contract> contracts, LearnerStatus ours) {
        return new LearnerFacts(ours, ENTRY, ENTRY, TRAINING_END, contracts, null, null, null);
    }

    final StateStatusRules rules = rules();

    @Test
    void without_a_contract_day_90_is_still_inscrit_with_one_day_left() {
        StateStatusRules.StateView view = rules.on(enrolled(List.of(), LearnerStatus.INSCRIT_SANS_CONTRAT), ENTRY.plusDays(90));
        assertEquals(StateStatus.INSCRIT, view.status());
        assertEquals(StateStatus.ABANDON, view.next());
        assertEquals(ENTRY.plusDays(91), view.nextOn());
        assertEquals(1L, view.daysBeforeAbandon(ENTRY.plusDays(90)));
    }

    @Test
    void without_a_contract_day_91_is_abandon() {
        StateStatusRules.StateView view = rules.on(enrolled(List.of(), LearnerStatus.INSCRIT_SANS_CONTRAT), ENTRY.plusDays(91));
        assertEquals(StateStatus.ABANDON, view.status());
        assertEquals(ENTRY.plusDays(91), view.since());
        assertNull(view.next());
    }

    @Test
    void rupturant_day_180_is_still_rupturant_and_day_181_is_abandon() {
        LocalDate rupture = LocalDate.parse("2027-02-26");
        LearnerFacts facts = enrolled(List.of(new LearnerFacts.Contract(LocalDate.parse("2027-01-18"), LocalDate.parse("2027-12-31"), rupture)),
                LearnerStatus.RUPTURANT);
        StateStatusRules.StateView day180 = rules.on(facts, rupture.plusDays(180));
        assertEquals(StateStatus.RUPTURANT, day180.status());
        assertEquals(1L, day180.daysBeforeAbandon(rupture.plusDays(180)));
        assertEquals(StateStatus.ABANDON, rules.on(facts, rupture.plusDays(181)).status());
    }

    @Test
    void under_contract_the_90_days_do_not_run() {
        LearnerFacts facts = enrolled(List.of(new LearnerFacts.Contract(ENTRY.plusDays(30), TRAINING_END, null)), LearnerStatus.APPRENTI);
        StateStatusRules.StateView view = rules.on(facts, ENTRY.plusDays(120));
        assertEquals(StateStatus.APPRENTI, view.status());
        assertNull(view.daysBeforeAbandon(ENTRY.plusDays(120)));
    }

    @Test
    void a_contract_signed_on_day_90_saves_the_learner_and_one_on_day_91_comes_after_the_abandon() {
        LocalDate day = ENTRY.plusDays(95);
        assertEquals(StateStatus.APPRENTI, rules.on(enrolled(List.of(new LearnerFacts.Contract(ENTRY.plusDays(90), null, null)), LearnerStatus.APPRENTI), day).status());
        assertEquals(StateStatus.INSCRIT, rules.on(enrolled(List.of(new LearnerFacts.Contract(ENTRY.plusDays(91), null, null)), LearnerStatus.APPRENTI),
                ENTRY.plusDays(90)).status());
    }

    @Test
    void a_contract_ending_60_days_before_the_training_end_counts_as_fin_de_formation() {
        LocalDate end = TRAINING_END.minusDays(60);
        LearnerFacts facts = enrolled(List.of(new LearnerFacts.Contract(ENTRY, end, null)), LearnerStatus.APPRENTI);
        StateStatusRules.StateView onLastDay = rules.on(facts, end);
        assertEquals(StateStatus.APPRENTI, onLastDay.status());
        assertEquals(StateStatus.FIN_DE_FORMATION, onLastDay.next());
        assertEquals(end.plusDays(1), onLastDay.nextOn());
        assertEquals(StateStatus.FIN_DE_FORMATION, rules.on(facts, end.plusDays(1)).status());
    }

    @Test
    void a_contract_ending_61_days_before_the_training_end_leaves_the_learner_without_a_contract() {
        LocalDate end = TRAINING_END.minusDays(61);
        LearnerFacts facts = enrolled(List.of(new LearnerFacts.Contract(ENTRY, end, null)), LearnerStatus.APPRENTI);
        StateStatusRules.StateView after = rules.on(facts, end.plusDays(1));
        assertEquals(StateStatus.INSCRIT, after.status());
        assertEquals(end.plusDays(92), after.nextOn(), "the 90 days run again from the day after the contract");
    }

    @Test
    void an_exclusion_counts_as_abandon_from_its_day() {
        LocalDate excluded = LocalDate.parse("2027-03-01");
        LearnerFacts facts = new LearnerFacts(LearnerStatus.RUPTURANT, excluded, ENTRY, TRAINING_END,
                List.of(new LearnerFacts.Contract(ENTRY, TRAINING_END, excluded)), excluded, null, null);
        assertEquals(StateStatus.APPRENTI, rules.on(facts, excluded.minusDays(1)).status());
        assertEquals(StateStatus.ABANDON, rules.on(facts, excluded).status());
    }

    @Test
    void the_diploma_obtained_counts_as_fin_de_formation_even_after_a_rupture() {
        LocalDate rupture = LocalDate.parse("2027-02-26");
        LocalDate diploma = LocalDate.parse("2027-06-20");
        LearnerFacts facts = new LearnerFacts(LearnerStatus.FIN_DE_FORMATION, diploma, ENTRY, TRAINING_END,
                List.of(new LearnerFacts.Contract(LocalDate.parse("2027-01-18"), LocalDate.parse("2027-06-30"), rupture)), null, true, diploma);
        assertEquals(StateStatus.RUPTURANT, rules.on(facts, diploma.minusDays(1)).status());
        assertEquals(StateStatus.FIN_DE_FORMATION, rules.on(facts, diploma).status());
    }

    @Test
    void our_abandon_is_the_states() {
        LearnerFacts facts = new LearnerFacts(LearnerStatus.ABANDON, ENTRY.plusDays(10), ENTRY, TRAINING_END, List.of(), null, null, null);
        assertEquals(StateStatus.ABANDON, rules.on(facts, ENTRY.plusDays(10)).status());
    }
}
