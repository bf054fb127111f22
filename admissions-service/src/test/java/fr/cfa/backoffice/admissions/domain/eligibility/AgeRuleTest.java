package fr.cfa.backoffice.admissions.domain.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgeRuleTest {
    static final LocalDate START = LocalDate.parse("2027-01-04");
    final AgeRule rule = new AgeRule(18, 29);

    static Applicant bornOn(String birthDate, boolean rqth) {
        return new Applicant(LocalDate.parse(birthDate), rqth, QualificationLevel.LEVEL_3, true, List.of());
    }

    Optional<Reason> check(String birthDate, boolean rqth, LocalDate start) {
        return rule.check(bornOn(birthDate, rqth), start).map(Ineligibility::code);
    }

    @Test
    void turning_18_the_day_after_the_start_is_under_the_minimum() {
        assertEquals(Optional.of(Reason.AGE_UNDER_MINIMUM), check("2009-01-05", false, START));
    }

    @Test
    void turning_18_on_the_start_day_is_eligible() {
        assertEquals(Optional.empty(), check("2009-01-04", false, START));
    }

    @Test
    void turning_18_the_day_before_the_start_is_eligible() {
        assertEquals(Optional.empty(), check("2009-01-03", false, START));
    }

    @Test
    void turning_30_the_day_after_the_start_is_still_eligible() {
        assertEquals(Optional.empty(), check("1997-01-05", false, START));
    }

    @Test
    void turning_30_on_the_start_day_is_over_the_limit() {
        assertEquals(Optional.of(Reason.AGE_OVER_MAXIMUM), check("1997-01-04", false, START));
    }

    @Test
    void turning_30_the_day_before_the_start_is_over_the_limit() {
        assertEquals(Optional.of(Reason.AGE_OVER_MAXIMUM), check("1997-01-03", false, START));
    }

    @Test
    void rqth_lifts_the_upper_limit_at_45() {
        assertEquals(Optional.empty(), check("1981-06-15", true, START));
        assertEquals(Optional.of(Reason.AGE_OVER_MAXIMUM), check("1981-06-15", false, START));
    }

    @Test
    void rqth_lifts_the_upper_limit_but_not_the_lower_one() {
        assertEquals(Optional.of(Reason.AGE_UNDER_MINIMUM), check("2009-01-05", true, START));
    }

    /** Born on 29 February 2004, a leap day: the birthdays that matter fall in 2020 (leap), 2022 and 2034 (common). */
    static final String LEAP_DAY_BIRTH = "2004-02-29";

    @Test
    void born_on_29_february_is_still_17_on_28_february_of_a_common_year() {
        assertEquals(Optional.of(Reason.AGE_UNDER_MINIMUM), check(LEAP_DAY_BIRTH, false, LocalDate.parse("2022-02-27")));
        assertEquals(Optional.of(Reason.AGE_UNDER_MINIMUM), check(LEAP_DAY_BIRTH, false, LocalDate.parse("2022-02-28")));
        assertEquals(17, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2022-02-28")));
    }

    @Test
    void born_on_29_february_turns_18_on_1_march_of_a_common_year() {
        assertEquals(Optional.empty(), check(LEAP_DAY_BIRTH, false, LocalDate.parse("2022-03-01")));
        assertEquals(18, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2022-03-01")));
    }

    @Test
    void born_on_29_february_is_still_29_on_28_february_and_turns_30_on_1_march_of_a_common_year() {
        assertEquals(Optional.empty(), check(LEAP_DAY_BIRTH, false, LocalDate.parse("2034-02-27")));
        assertEquals(Optional.empty(), check(LEAP_DAY_BIRTH, false, LocalDate.parse("2034-02-28")));
        assertEquals(29, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2034-02-28")));
        assertEquals(Optional.of(Reason.AGE_OVER_MAXIMUM), check(LEAP_DAY_BIRTH, false, LocalDate.parse("2034-03-01")));
        assertEquals(30, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2034-03-01")));
    }

    @Test
    void born_on_29_february_has_its_birthday_on_29_february_of_a_leap_year() {
        // 18 and 30 never fall in a leap year for a leap-day birth; the Code's own minimum of 16 does (2020).
        AgeRule fromSixteen = new AgeRule(16, 29);
        Applicant leapDay = bornOn(LEAP_DAY_BIRTH, false);
        assertEquals(Optional.of(Reason.AGE_UNDER_MINIMUM), fromSixteen.check(leapDay, LocalDate.parse("2020-02-28")).map(Ineligibility::code));
        assertEquals(Optional.empty(), fromSixteen.check(leapDay, LocalDate.parse("2020-02-29")).map(Ineligibility::code));
        assertEquals(15, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2020-02-28")));
        assertEquals(16, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2020-02-29")));
        assertEquals(20, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2024-02-29")));
        assertEquals(19, AgeRule.ageOn(LocalDate.parse(LEAP_DAY_BIRTH), LocalDate.parse("2024-02-28")));
    }

    @Test
    void the_reason_tells_the_age_and_the_limit() {
        String message = rule.check(bornOn("1997-01-04", false), START).orElseThrow().message();
        assertTrue(message.contains("30") && message.contains("29"), message);
    }
}
