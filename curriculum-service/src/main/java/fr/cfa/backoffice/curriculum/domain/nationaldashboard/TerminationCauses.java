package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import java.util.Map;

/** placement's termination grounds (ContractTerminated.ground) in the words the State's record uses for cause_rupture_contrat. */
public final class TerminationCauses {
    /** The ground that also excludes the learner from the training (L6222-18-1): the State counts it as ABANDON. */
    public static final String EXCLUSION_GROUND = "EXCLUSION_FROM_CFA";
    static final String EXCLUSION_LABEL = "Exclusion définitive du CFA";
    private static final Map<String, String> LABELS = Map.of(
            "FREE_DURING_FIRST_45_DAYS", "Rupture pendant les 45 premiers jours de formation pratique",
            "MUTUAL_AGREEMENT", "Rupture d'un commun accord",
            "SERIOUS_MISCONDUCT", "Licenciement pour faute grave",
            "INAPTITUDE", "Licenciement pour inaptitude",
            "FORCE_MAJEURE", "Licenciement pour force majeure",
            EXCLUSION_GROUND, EXCLUSION_LABEL,
            "APPRENTICE_RESIGNATION", "Démission de l'apprenti");

    private TerminationCauses() {
    }

    /** A ground placement adds later is sent as it is rather than dropped. */
    static String label(String ground) {
        return ground == null ? null : LABELS.getOrDefault(ground, ground);
    }
}
