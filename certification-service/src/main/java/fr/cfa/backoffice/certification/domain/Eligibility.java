package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * Eligible to sit the title's exam when the centre modules are done (TrainingCompleted), the time at the
 * employer is done (EmployerPeriodCompleted) and the professional file (dossier professionnel) is in
 * (docs/rules.md, "Certification"; arrêté du 22 décembre 2015 relatif aux conditions de délivrance du titre professionnel).
 */
public final class Eligibility {
    public enum Missing { NOT_ENROLLED, WITHDRAWN, TRAINING_NOT_COMPLETED, EMPLOYER_PERIOD_NOT_COMPLETED, PROFESSIONAL_FILE_MISSING }

    private Eligibility() {}

    public static List<Missing> missing(CandidateEntity c) {
        List<Missing> missing = new ArrayList<>();
        if (c == null || c.enrolledOn == null) {
            missing.add(Missing.NOT_ENROLLED);
            if (c == null) return missing;
        }
        if (c.withdrawnOn != null) missing.add(Missing.WITHDRAWN);
        if (c.trainingCompletedOn == null) missing.add(Missing.TRAINING_NOT_COMPLETED);
        if (c.employerPeriodCompletedOn == null) missing.add(Missing.EMPLOYER_PERIOD_NOT_COMPLETED);
        if (c.fileReceivedOn == null) missing.add(Missing.PROFESSIONAL_FILE_MISSING);
        return missing;
    }
}
