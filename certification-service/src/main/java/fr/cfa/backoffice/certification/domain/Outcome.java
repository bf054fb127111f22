package fr.cfa.backoffice.certification.domain;

import java.util.Collection;
import java.util.Set;

/** The jury's outcome: the whole title when every CCP is held (earlier sessions count), partial when some, failed when none. */
public enum Outcome {
    WHOLE_TITLE, PARTIAL, FAILED;

    public static Outcome of(Set<String> heldAfterSession, Collection<String> allCcps) {
        if (heldAfterSession.containsAll(allCcps)) return WHOLE_TITLE;
        return heldAfterSession.isEmpty() ? FAILED : PARTIAL;
    }
}
