package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.domain.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The CERFA FA13 form's data (n° 10103), grouped as the form groups it, ready to be keyed or sent. A field we do not
 * hold is null, and {@code missingFields} names those signing requires.
 */
@Schema(name = "Cerfa", description = "The CERFA FA13 apprenticeship contract form's data, field by field")
public record CerfaView(@Schema(examples = Examples.CONTRACT_ID) UUID contractId,
                        @Schema(examples = "ACTIVE") ContractStatus status,
                        @Schema(description = "The form's required fields still missing (paths in this document); empty once signed") List<String> missingFields,
                        Employer employer,
                        Apprentice apprentice,
                        @Schema(description = "Maître d'apprentissage 1, and 2 if any") List<Tutor> tutors,
                        Contract contract,
                        Training training) {

    @Schema(name = "CerfaEmployer")
    public record Employer(@Schema(examples = "Ville de Saint-Denis") String legalName,
                           @Schema(description = "SIRET of the establishment where the work is done", examples = "21930066000012") String siret,
                           @Schema(examples = "PUBLIC") Sector sector,
                           @Schema(nullable = true, examples = "22") Integer typeCode,
                           @Schema(nullable = true, examples = "0") Integer specificEmployerCode,
                           @Schema(nullable = true, examples = "84.11Z") String nafCode,
                           @Schema(nullable = true, examples = "1450") Integer headcount,
                           @Schema(nullable = true, examples = "9999") String idcc,
                           @Schema(nullable = true, examples = "2 place Victor Hugo") String street,
                           @Schema(nullable = true, examples = "93200") String postalCode,
                           @Schema(nullable = true, examples = "Saint-Denis") String city,
                           @Schema(nullable = true, examples = "+33 1 49 33 60 00") String phone,
                           @Schema(nullable = true, examples = "n.benali@ville-saint-denis.example") String email,
                           @Schema(nullable = true, description = "A private employer's OPCO") String opco) {}

    @Schema(name = "CerfaApprentice")
    public record Apprentice(@Schema(nullable = true, description = "Null once the learner is erased (GDPR)", examples = "Moreau") String lastName,
                             @Schema(nullable = true, examples = "Inès") String firstName,
                             @Schema(nullable = true, examples = "2004-09-23") LocalDate birthDate,
                             @Schema(nullable = true, examples = "ines.moreau@example.org") String email,
                             @Schema(nullable = true, examples = "+33 6 12 34 56 78") String phone,
                             @Schema(nullable = true, examples = "4") String situationBefore,
                             @Schema(nullable = true, examples = "41") String lastDiplomaOrClass,
                             @Schema(nullable = true, examples = "43") String highestDiploma,
                             @Schema(nullable = true, description = "The disabled worker (RQTH) box: always null here. It is never filled from our data; the "
                                     + "apprentice ticks it on the form if they wish") Boolean disabledWorker) {}

    @Schema(name = "CerfaTutor")
    public record Tutor(@Schema(examples = "Haddad") String lastName,
                        @Schema(examples = "Karim") String firstName,
                        @Schema(nullable = true, examples = "1984-05-12") LocalDate birthDate,
                        @Schema(nullable = true, examples = "k.haddad@ville-saint-denis.example") String email,
                        @Schema(nullable = true, examples = "Responsable du service médiation") String jobTitle,
                        @Schema(nullable = true, examples = "DE Médiateur social") String diplomaTitle,
                        @Schema(nullable = true, examples = "5") Integer diplomaLevel) {}

    @Schema(name = "CerfaContract")
    public record Contract(@Schema(nullable = true, examples = "1") Integer mode,
                           @Schema(nullable = true, examples = "11") Integer type,
                           @Schema(nullable = true) String derogationCode,
                           @Schema(nullable = true) String previousContractNumber,
                           @Schema(description = "Start of execution", examples = "2027-01-11") LocalDate executionStartDate,
                           @Schema(nullable = true, examples = "2027-01-11") LocalDate practicalTrainingStartDate,
                           @Schema(examples = "2027-06-30") LocalDate endDate,
                           @Schema(nullable = true, examples = "2026-12-15") LocalDate signatureDate,
                           @Schema(examples = "35") int weeklyHours,
                           @Schema(nullable = true, examples = "false") Boolean hazardousWork,
                           @Schema(nullable = true, description = "Gross starting pay: the first pay period's minimum monthly gross; null while the "
                                   + "apprentice's birth date is unknown", examples = "966.21") java.math.BigDecimal startingMonthlyGross,
                           @Schema(description = "The pay periods (from, to, %, SMIC or SMC), as GET /contracts/{id}/remuneration answers them; empty "
                                   + "while the apprentice's birth date is unknown") List<RemunerationView.Period> payPeriods) {}

    @Schema(name = "CerfaTraining")
    public record Training(@Schema(description = "A company's own CFA", examples = "false") boolean companyCfa,
                           @Schema(nullable = true, description = "The responsible CFA (configuration)", examples = "CFA Médiation Île-de-France") String cfaName,
                           @Schema(nullable = true, examples = "12345678900011") String cfaSiret,
                           @Schema(nullable = true, examples = "0932751K") String cfaUai,
                           @Schema(nullable = true, examples = "1 rue Exemple, 93200 Saint-Denis") String cfaAddress,
                           @Schema(examples = "RNCP36241") String rncpCode,
                           @Schema(nullable = true, description = "Diploma code (CFD), when the title has one") String diplomaCode,
                           @Schema(examples = "Titre professionnel Médiateur social accès aux droits et services") String title,
                           @Schema(examples = "4") int level,
                           @Schema(description = "The cohort's start", examples = "2027-01-11") LocalDate startDate,
                           @Schema(description = "The planned end of the exams", examples = "2027-06-04") LocalDate examsEndDate,
                           @Schema(description = "Duration of the training at the CFA, in hours", examples = "385") int hours) {}
}
