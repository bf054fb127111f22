package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The centre's identifiers, checked at start: a record with a wrong UAI or SIRET is refused by the State every day,
 * so the service does not start with one (OBLIGATIONS.md §1: UAI 7 digits and a letter, SIRET 14 digits).
 */
@Startup
@ApplicationScoped
public class CentreIdentityCheck {
    static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
    static final Pattern SIRET = Pattern.compile("\\d{14}");
    static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    static final Pattern RNCP = Pattern.compile("RNCP\\d{3,6}");
    static final Pattern CFD = Pattern.compile("[0-9A-Z]{8}");
    private static final String PREFIX = "curriculum.national-dashboard.centre.";

    @Inject
    NationalDashboardConfig config;

    @PostConstruct
    void check() {
        List<String> faults = faults(config.centre());
        if (!faults.isEmpty()) {
            throw new IllegalStateException("The centre's identifiers for the national dashboard are wrong, the service does not start: "
                    + String.join("; ", faults));
        }
        if (config.batchSize() < 1 || config.batchSize() > 2000) {
            throw new IllegalStateException("curriculum.national-dashboard.batch-size is " + config.batchSize() + ": the State takes 1 to 2000 records a request");
        }
    }

    /** Every identifier whose format is wrong, each with its property, what it is and what is expected. */
    static List<String> faults(NationalDashboardConfig.Centre centre) {
        List<String> faults = new ArrayList<>();
        expect(faults, "responsible-uai", centre.responsibleUai(), UAI, "a UAI: 7 digits then an upper-case letter, e.g. 0932751K");
        expect(faults, "training-uai", centre.trainingUai(), UAI, "a UAI: 7 digits then an upper-case letter, e.g. 0932751K");
        expect(faults, "responsible-siret", centre.responsibleSiret(), SIRET, "a SIRET: 14 digits");
        expect(faults, "training-siret", centre.trainingSiret(), SIRET, "a SIRET: 14 digits");
        expect(faults, "site-postal-code", centre.sitePostalCode(), POSTAL_CODE, "a postal code: 5 digits");
        expect(faults, "rncp", centre.rncp(), RNCP, "an RNCP code, e.g. RNCP36241");
        centre.cfd().ifPresent(cfd -> expect(faults, "cfd", cfd, CFD, "a diploma code (CFD): 8 digits or upper-case letters"));
        if (centre.siteAddress().isBlank()) faults.add(PREFIX + "site-address is blank: the training site's street address");
        return faults;
    }

    private static void expect(List<String> faults, String property, String value, Pattern format, String expected) {
        if (value == null || !format.matcher(value).matches()) faults.add(PREFIX + property + " is '" + value + "', not " + expected);
    }
}
