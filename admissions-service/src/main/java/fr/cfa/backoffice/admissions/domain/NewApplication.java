package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.domain.eligibility.Applicant;
import fr.cfa.backoffice.admissions.domain.eligibility.QualificationLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as submitted. */
public record NewApplication(UUID cohortId, Channel channel, UUID prescriberId, Person person, Qualification qualification,
                             List<Applicant.Experience> experiences, boolean rqth, String rqthEvidenceReference,
                             List<DocumentReceived> documents) {

    public record Person(String firstName, String lastName, LocalDate birthDate, String email, String phone, Address address) {}

    public record Address(String street, String postalCode, String city) {}

    public record Qualification(QualificationLevel level, String title, boolean socialField) {}

    public record DocumentReceived(DocumentType type, LocalDate receivedOn) {}

    public Applicant applicant() {
        return new Applicant(person.birthDate(), rqth, qualification == null ? null : qualification.level(),
                qualification != null && qualification.socialField(), experiences);
    }
}
