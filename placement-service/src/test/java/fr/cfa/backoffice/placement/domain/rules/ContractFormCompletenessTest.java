package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.placement.domain.rules.ContractFormCompleteness.ApprenticePart;
import fr.cfa.backoffice.placement.domain.rules.ContractFormCompleteness.ContractPart;
import fr.cfa.backoffice.placement.domain.rules.ContractFormCompleteness.EmployerPart;
import fr.cfa.backoffice.placement.domain.rules.ContractFormCompleteness.TutorPart;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Signing is refused for each field the CERFA FA13 form requires, one at a time; a complete form signs. */
class ContractFormCompletenessTest {
    static final EmployerPart EMPLOYER = new EmployerPart(15, 0, "88.99B", 42, "1518", "14 rue de la République", "69002", "Lyon", true, "Uniformation");
    static final TutorPart TUTOR = new TutorPart("Coordinatrice médiation", 5, "DE Médiateur social", LocalDate.parse("1984-05-12"));
    static final ApprenticePart APPRENTICE = new ApprenticePart(LocalDate.parse("2004-09-23"), "4", "41", "43");
    static final ContractPart CONTRACT = new ContractPart(1, 11, null, LocalDate.parse("2027-01-11"), LocalDate.parse("2026-12-15"), false);

    static List<String> missing(EmployerPart e, TutorPart first, TutorPart second, ApprenticePart a, ContractPart c) {
        return ContractFormCompleteness.missingFields(e, first, second, a, c);
    }

    @Test
    void aCompleteFormSigns() {
        assertEquals(List.of(), missing(EMPLOYER, TUTOR, null, APPRENTICE, CONTRACT));
        assertEquals(List.of(), missing(EMPLOYER, TUTOR, TUTOR, APPRENTICE, CONTRACT));
    }

    static Stream<Arguments> eachRequiredField() {
        return Stream.of(
                employer("employer.typeCode", e -> new EmployerPart(null, e.specificEmployerCode(), e.nafCode(), e.headcount(), e.idcc(), e.street(), e.postalCode(), e.city(), true, e.opco())),
                employer("employer.specificEmployerCode", e -> new EmployerPart(e.typeCode(), null, e.nafCode(), e.headcount(), e.idcc(), e.street(), e.postalCode(), e.city(), true, e.opco())),
                employer("employer.nafCode", e -> new EmployerPart(e.typeCode(), e.specificEmployerCode(), " ", e.headcount(), e.idcc(), e.street(), e.postalCode(), e.city(), true, e.opco())),
                employer("employer.headcount", e -> new EmployerPart(e.typeCode(), e.specificEmployerCode(), e.nafCode(), null, e.idcc(), e.street(), e.postalCode(), e.city(), true, e.opco())),
                employer("employer.idcc", e -> new EmployerPart(e.typeCode(), e.specificEmployerCode(), e.nafCode(), e.headcount(), null, e.street(), e.postalCode(), e.city(), true, e.opco())),
                employer("employer.street", e -> new EmployerPart(e.typeCode(), e.specificEmployerCode(), e.nafCode(), e.headcount(), e.idcc(), null, e.postalCode(), e.city(), true, e.opco())),
                employer("employer.postalCode", e -> new EmployerPart(e.typeCode(), e.specificEmployerCode(), e.nafCode(), e.headcount(), e.idcc(), e.street(), null, e.city(), true, e.opco())),
                employer("employer.city", e -> new EmployerPart(e.typeCode(), e.specificEmployerCode(), e.nafCode(), e.headcount(), e.idcc(), e.street(), e.postalCode(), null, true, e.opco())),
                employer("employer.opco", e -> new EmployerPart(e.typeCode(), e.specificEmployerCode(), e.nafCode(), e.headcount(), e.idcc(), e.street(), e.postalCode(), e.city(), true, null)),
                Arguments.of("apprentice.birthDate", EMPLOYER, TUTOR, new ApprenticePart(null, "4", "41", "43"), CONTRACT),
                Arguments.of("apprentice.situationBefore", EMPLOYER, TUTOR, new ApprenticePart(APPRENTICE.birthDate(), null, "41", "43"), CONTRACT),
                Arguments.of("apprentice.lastDiplomaOrClass", EMPLOYER, TUTOR, new ApprenticePart(APPRENTICE.birthDate(), "4", null, "43"), CONTRACT),
                Arguments.of("apprentice.highestDiploma", EMPLOYER, TUTOR, new ApprenticePart(APPRENTICE.birthDate(), "4", "41", ""), CONTRACT),
                Arguments.of("tutors[0].jobTitle", EMPLOYER, new TutorPart(null, 5, "DE", TUTOR.birthDate()), APPRENTICE, CONTRACT),
                Arguments.of("tutors[0].diplomaLevel", EMPLOYER, new TutorPart("Job", null, "DE", TUTOR.birthDate()), APPRENTICE, CONTRACT),
                Arguments.of("tutors[0].diplomaTitle", EMPLOYER, new TutorPart("Job", 5, null, TUTOR.birthDate()), APPRENTICE, CONTRACT),
                Arguments.of("tutors[0].birthDate", EMPLOYER, new TutorPart("Job", 5, "DE", null), APPRENTICE, CONTRACT),
                Arguments.of("contract.mode", EMPLOYER, TUTOR, APPRENTICE, new ContractPart(null, 11, null, CONTRACT.practicalTrainingStartDate(), CONTRACT.signatureDate(), false)),
                Arguments.of("contract.type", EMPLOYER, TUTOR, APPRENTICE, new ContractPart(1, null, null, CONTRACT.practicalTrainingStartDate(), CONTRACT.signatureDate(), false)),
                Arguments.of("contract.previousContractNumber", EMPLOYER, TUTOR, APPRENTICE, new ContractPart(1, 21, null, CONTRACT.practicalTrainingStartDate(), CONTRACT.signatureDate(), false)),
                Arguments.of("contract.practicalTrainingStartDate", EMPLOYER, TUTOR, APPRENTICE, new ContractPart(1, 11, null, null, CONTRACT.signatureDate(), false)),
                Arguments.of("contract.signatureDate", EMPLOYER, TUTOR, APPRENTICE, new ContractPart(1, 11, null, CONTRACT.practicalTrainingStartDate(), null, false)),
                Arguments.of("contract.hazardousWork", EMPLOYER, TUTOR, APPRENTICE, new ContractPart(1, 11, null, CONTRACT.practicalTrainingStartDate(), CONTRACT.signatureDate(), null)));
    }

    static Arguments employer(String field, UnaryOperator<EmployerPart> without) {
        return Arguments.of(field, without.apply(EMPLOYER), TUTOR, APPRENTICE, CONTRACT);
    }

    @ParameterizedTest(name = "signing is refused without {0}")
    @MethodSource("eachRequiredField")
    void signingIsRefusedForEachMissingRequiredField(String field, EmployerPart e, TutorPart tutor, ApprenticePart a, ContractPart c) {
        assertEquals(List.of(field), missing(e, tutor, null, a, c));
    }

    @Test
    void theSecondTutorIsOptionalButCompleteWhenNamed() {
        assertEquals(List.of("tutors[1].jobTitle", "tutors[1].birthDate"),
                missing(EMPLOYER, TUTOR, new TutorPart(null, 5, "DE", null), APPRENTICE, CONTRACT));
    }

    @Test
    void aPublicEmployerNeedsNoOpco() {
        EmployerPart commune = new EmployerPart(22, 0, "84.11Z", 3400, "9999", "2 place Victor Hugo", "93200", "Saint-Denis", false, null);
        assertEquals(List.of(), missing(commune, TUTOR, null, APPRENTICE, CONTRACT));
    }

    @Test
    void aFirstContractNeedsNoPreviousNumberAnAmendmentDoes() {
        assertEquals(List.of(), missing(EMPLOYER, TUTOR, null, APPRENTICE, new ContractPart(1, 11, null, CONTRACT.practicalTrainingStartDate(), CONTRACT.signatureDate(), false)));
        assertEquals(List.of("contract.previousContractNumber"),
                missing(EMPLOYER, TUTOR, null, APPRENTICE, new ContractPart(1, 31, " ", CONTRACT.practicalTrainingStartDate(), CONTRACT.signatureDate(), false)));
        assertEquals(List.of(), missing(EMPLOYER, TUTOR, null, APPRENTICE, new ContractPart(1, 31, "069202601000123", CONTRACT.practicalTrainingStartDate(), CONTRACT.signatureDate(), false)));
    }
}
