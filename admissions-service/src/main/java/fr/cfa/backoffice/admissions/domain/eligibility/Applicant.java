package fr.cfa.backoffice.admissions.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/** What the admission rules look at in a profile. */
public record Applicant(LocalDate birthDate, boolean rqth, QualificationLevel highestLevel, boolean qualificationInSocialField,
                        List<Experience> experiences) {

    /** A professional experience; {@code relevant} when in a social or mediation role. */
    public record Experience(String role, boolean relevant, int months) {}

    public int relevantExperienceMonths() {
        return experiences == null ? 0 : experiences.stream().filter(Experience::relevant).mapToInt(Experience::months).sum();
    }
}
