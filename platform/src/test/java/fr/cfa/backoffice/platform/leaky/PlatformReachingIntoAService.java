package fr.cfa.backoffice.platform.leaky;

import fr.cfa.backoffice.tidy.api.TidyView;

/** Architecture fixture (test code only): violates PlatformArchitecture.platform_imports_no_service. */
public class PlatformReachingIntoAService {
    TidyView view() {
        return new TidyView("a", "b");
    }
}
