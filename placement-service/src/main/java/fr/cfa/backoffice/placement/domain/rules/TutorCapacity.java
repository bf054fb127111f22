package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Optional;

/**
 * A tutor takes at most 2 apprentices at a time, plus 1 whose training was extended after failing the exam (Code du
 * travail R6223-6). Here: at most {@code max} apprentices, plus at most {@code extra} more who repeat (redoublant),
 * i.e. total ≤ max + extra and non-repeating ≤ max; a repeating apprentice may also take one of the {@code max} places.
 */
public final class TutorCapacity {
    private final int maxApprentices;
    private final int extraRepeating;

    public TutorCapacity(int maxApprentices, int extraRepeating) {
        this.maxApprentices = maxApprentices;
        this.extraRepeating = extraRepeating;
    }

    /**
     * @param currentApprentices all the apprentices the tutor has now, repeating ones included
     * @param currentRepeating   how many of them repeat
     * @param newOneRepeats      whether the apprentice to place repeats
     */
    public Optional<RuleViolation> check(int currentApprentices, int currentRepeating, boolean newOneRepeats) {
        if (currentRepeating < 0 || currentApprentices < currentRepeating) {
            throw new IllegalArgumentException("Inconsistent counts: " + currentApprentices + " apprentices of whom "
                    + currentRepeating + " repeat");
        }
        int total = currentApprentices + 1;
        int nonRepeating = currentApprentices - currentRepeating + (newOneRepeats ? 0 : 1);
        int limit = maxApprentices + extraRepeating;
        if (total > limit) {
            return Optional.of(new RuleViolation(Reason.TUTOR_CAPACITY_REACHED, "The tutor already has "
                    + currentApprentices + " apprentices; the limit is " + maxApprentices + " plus " + extraRepeating
                    + " repeating"));
        }
        if (nonRepeating > maxApprentices) {
            return Optional.of(new RuleViolation(Reason.TUTOR_CAPACITY_REACHED, "The tutor already has "
                    + (currentApprentices - currentRepeating) + " non-repeating apprentices, the limit; only a repeating"
                    + " apprentice can take the extra place"));
        }
        return Optional.empty();
    }
}
