package fr.cfa.backoffice.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract between the manifests and the code: each ${NAME} the service's properties read (its
 * application.properties and platform's shared file, profile lines aside) is set by its Deployment, and each
 * variable the Deployment sets is read. Both files are read at test time, so the two cannot drift apart silently.
 */
class DeploymentEnvMatchesPropertiesTest {

    /** Read by the properties, left to their defaults on purpose. */
    static final Set<String> DEFAULTS_ON_PURPOSE = Set.of(
            "JWT_MAX_LIFETIME_SECONDS",    // the services' 1 h ceiling on a token's lifetime is the product's rule
            "BACKOFFICE_SIMULATED_TIME",   // off unless set: never set in a cluster
            "CENTRE_TRAINING_UAI",         // default to the responsible establishment's: set only when the training
            "CENTRE_TRAINING_SIRET");      // happens at another one

    /** Set, not read from a ${...}: JVM settings for the image's launcher and glibc. */
    static final Set<String> READ_BY_THE_RUNTIME = Set.of("JAVA_OPTS_APPEND", "MALLOC_ARENA_MAX");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void everyVariableReadIsSetAndEverySetOneIsRead(String dir) {
        Manifests m = Manifests.render(dir);
        List<String> problems = new ArrayList<>(); // every service's, not only the first one's
        for (String service : Repo.SERVICES) {
            String name = Repo.serviceName(service);
            Set<String> read = new TreeSet<>(Repo.envReferences(Repo.applicationProperties(service)));
            read.addAll(Repo.envReferences(Repo.platformProperties()));
            Env env = Env.of(m, m.get("Deployment", name));
            Set<String> set = env.sources.keySet();

            Set<String> missing = new TreeSet<>(read);
            missing.removeAll(set);
            missing.removeAll(DEFAULTS_ON_PURPOSE);
            if (!missing.isEmpty()) problems.add(dir + " Deployment/" + name + ": read by the properties, set nowhere: " + missing);

            Set<String> unread = new TreeSet<>(set);
            unread.removeAll(read);
            unread.removeAll(READ_BY_THE_RUNTIME);
            if (!unread.isEmpty()) problems.add(dir + " Deployment/" + name + ": set, read by no property: " + unread);

            Set<String> stale = new LinkedHashSet<>(DEFAULTS_ON_PURPOSE);
            stale.retainAll(set);
            if (!stale.isEmpty()) problems.add(dir + " Deployment/" + name + ": both left to its default and set: " + stale);
        }
        assertEquals(List.of(), problems);
    }

    /** The development switches stay off in a cluster, whatever sets them. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void developmentSwitchesAreNeverOn(String dir) {
        Manifests m = Manifests.render(dir);
        for (String service : Repo.SERVICES) {
            Map<String, String> values = Env.of(m, m.get("Deployment", Repo.serviceName(service))).values;
            for (String key : Set.of("BACKOFFICE_DEVELOPMENT_KEYS_ALLOWED", "BACKOFFICE_SIMULATED_TIME")) {
                assertNotEquals("true", String.valueOf(values.get(key)).strip().toLowerCase(), dir + " " + service + " " + key);
            }
        }
    }
}
