package fr.cfa.backoffice.placement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Placement's thresholds: the legal ones with the law's value as their default (a change of law, or of a branch
 * agreement, is a setting), and those that follow the centre's practice.
 */
@ConfigMapping(prefix = "placement")
public interface PlacementConfig {
    Termination termination();

    ContractWindow contractWindow();

    TutorCapacity tutorCapacity();

    FreeTermination freeTermination();

    Resignation resignation();

    TutorQualification tutorQualification();

    Filing filing();

    Training training();

    Pay pay();

    Aid aid();

    interface Termination {
        /**
         * How far ahead a termination may be dated, in days. A break is recorded once decided and may take effect a
         * little later (a notice, the end of the month), so some days are allowed; 30 covers that, while a date months
         * ahead is a typo or a plan, and the contract would read as terminated (ContractTerminated published) while it runs.
         */
        @WithDefault("30")
        int maxDaysAhead();
    }

    /** (docs/rules.md, "Apprenticeship", contract window and duration; Code du travail L6222-12 and D6222-19 for the start, L6222-7-1 for the end, from the end of the exams) */
    interface ContractWindow {
        /** The contract starts at most this many months before the cycle's start. */
        @WithDefault("3")
        int monthsBeforeCycleStart();

        /** The contract starts at most this many months after the cycle's start. */
        @WithDefault("3")
        int monthsAfterCycleStart();

        /** The contract ends at most this many months after the end of the exams (the Friday of the exam week). */
        @WithDefault("2")
        int monthsAfterExamsEnd();
    }

    /** (docs/rules.md, "Apprenticeship", apprentices per tutor; Code du travail R6223-6) */
    interface TutorCapacity {
        /** Apprentices a tutor takes at a time. */
        @WithDefault("2")
        int maxApprentices();

        /** More places, for apprentices repeating the cycle only. */
        @WithDefault("1")
        int extraRepeating();
    }

    /** (docs/rules.md, "Apprenticeship", free termination; Code du travail L6222-18) */
    interface FreeTermination {
        /** Days of practical training at the employer during which either party may end the contract freely. */
        @WithDefault("45")
        int freeDays();
    }

    /** (docs/rules.md, "Apprenticeship", resignation by the apprentice; Code du travail L6222-18, D6222-21-1) */
    interface Resignation {
        /** Calendar days, at least, from the referral to the mediator to the notice to the employer. */
        @WithDefault("5")
        int daysAfterReferral();

        /** Calendar days, at least, from the notice to the employer to the termination's effect. */
        @WithDefault("7")
        int daysAfterNotice();
    }

    /** (docs/rules.md, "Apprenticeship", tutor qualification; Code du travail R6223-22, internships not counted as experience R6223-24) */
    interface TutorQualification {
        /** The programme's level on the national scale: a qualifying diploma is at this level or higher. */
        @WithDefault("4")
        int programmeLevel();

        /** Months of relevant experience with a qualifying diploma. */
        @WithDefault("12")
        int monthsWithDiploma();

        /** Months of relevant experience without one. */
        @WithDefault("24")
        int monthsWithoutDiploma();
    }

    /** (docs/rules.md, "Apprenticeship", filing; Code du travail D6224-1) */
    interface Filing {
        /** Jours ouvrables (every day but Sunday) after the contract's start within which it is filed with the OPCO or the DDETS. */
        @WithDefault("5")
        int daysAfterStart();
    }

    /**
     * The training part of the CERFA FA13 form: the title (the centre's reference data) and the responsible CFA. The CFA's
     * identifiers are deployment settings (the same CENTRE_* variables as curriculum's national dashboard feed); when one is
     * missing the form's field stays empty and GET /contracts/{id}/cerfa lists it, signing is not blocked by the centre's own setup.
     */
    interface Training {
        @WithDefault("RNCP36241")
        String rncpCode();

        /** The diploma code (CFD), when the title has one. */
        Optional<String> diplomaCode();

        @WithDefault("Titre professionnel Médiateur social accès aux droits et services")
        String title();

        @WithDefault("4")
        int level();

        /** Hours at the CFA: 11 centre weeks of 35 h (curriculum's programme). */
        @WithDefault("385")
        int hours();

        Optional<String> cfaName();

        Optional<String> cfaSiret();

        Optional<String> cfaUai();

        Optional<String> cfaAddress();
    }

    /** (docs/rules.md, "Apprenticeship", minimum pay; Code du travail D6222-26) The grid, SMIC and SMC are dated reference data (migration V6). */
    interface Pay {
        /** The age from which the branch minimum (SMC) is the base when it is higher than the SMIC. */
        @WithDefault("21")
        int smcFromAge();

        /**
         * Points a public employer adds to the grid's percentage (capped at 100). Whether public employers must pay more is
         * not established, so none by default; a centre whose public employers apply a higher rate sets it.
         */
        @WithDefault("0")
        java.math.BigDecimal publicEmployerExtraPoints();
    }

    /** (docs/rules.md, "Apprenticeship", employer aid; Code du travail L6243-1) The amounts are dated reference data (migration V6). */
    interface Aid {
        /** Whether public employers may claim the aid: not established, so no estimate is given to them by default. */
        @WithDefault("false")
        boolean publicEmployersEligible();

        /** Said with every estimate, instead of the amount for an apprentice with RQTH, which must not reveal the status. */
        @WithDefault("The aid may be higher for some apprentices: ask the CFA.")
        String mayBeHigherNote();
    }
}
