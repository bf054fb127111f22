package fr.cfa.backoffice.placement.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Signing needs every field the CERFA FA13 form (n° 10103) requires; a draft may lack them. The paths are those of
 * {@code GET /contracts/{id}/cerfa}. The derogation code is optional (none); the previous contract's number is required
 * for a following contract or an amendment (type other than 11). The disabled worker box is never ours to fill.
 */
public final class ContractFormCompleteness {
    private ContractFormCompleteness() {}

    public record EmployerPart(Integer typeCode, Integer specificEmployerCode, String nafCode, Integer headcount, String idcc, String street,
                               String postalCode, String city, boolean privateSector, String opco) {}

    public record TutorPart(String jobTitle, Integer diplomaLevel, String diplomaTitle, LocalDate birthDate) {}

    public record ContractPart(Integer mode, Integer type, String previousContractNumber, LocalDate practicalTrainingStartDate,
                               LocalDate signatureDate, Boolean hazardousWork) {}

    public record ApprenticePart(LocalDate birthDate, String situationBefore, String lastDiplomaOrClass, String highestDiploma) {}

    /** @param secondTutor null when there is no second maître d'apprentissage */
    public static List<String> missingFields(EmployerPart employer, TutorPart firstTutor, TutorPart secondTutor, ApprenticePart apprentice,
                                             ContractPart contract) {
        List<String> missing = new ArrayList<>();
        require(missing, "employer.typeCode", employer.typeCode());
        require(missing, "employer.specificEmployerCode", employer.specificEmployerCode());
        require(missing, "employer.nafCode", employer.nafCode());
        require(missing, "employer.headcount", employer.headcount());
        require(missing, "employer.idcc", employer.idcc());
        require(missing, "employer.street", employer.street());
        require(missing, "employer.postalCode", employer.postalCode());
        require(missing, "employer.city", employer.city());
        if (employer.privateSector()) require(missing, "employer.opco", employer.opco());
        require(missing, "apprentice.birthDate", apprentice.birthDate());
        require(missing, "apprentice.situationBefore", apprentice.situationBefore());
        require(missing, "apprentice.lastDiplomaOrClass", apprentice.lastDiplomaOrClass());
        require(missing, "apprentice.highestDiploma", apprentice.highestDiploma());
        tutor(missing, "tutors[0]", firstTutor);
        if (secondTutor != null) tutor(missing, "tutors[1]", secondTutor);
        require(missing, "contract.mode", contract.mode());
        require(missing, "contract.type", contract.type());
        if (contract.type() != null && contract.type() != 11) require(missing, "contract.previousContractNumber", contract.previousContractNumber());
        require(missing, "contract.practicalTrainingStartDate", contract.practicalTrainingStartDate());
        require(missing, "contract.signatureDate", contract.signatureDate());
        require(missing, "contract.hazardousWork", contract.hazardousWork());
        return List.copyOf(missing);
    }

    private static void tutor(List<String> missing, String path, TutorPart tutor) {
        require(missing, path + ".jobTitle", tutor.jobTitle());
        require(missing, path + ".diplomaTitle", tutor.diplomaTitle());
        require(missing, path + ".diplomaLevel", tutor.diplomaLevel());
        require(missing, path + ".birthDate", tutor.birthDate());
    }

    private static void require(List<String> missing, String path, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) missing.add(path);
    }
}
