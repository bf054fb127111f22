package fr.cfa.backoffice.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's files the manifests must agree with, read at test time (never copied into the tests). */
final class Repo {
    /** The four services, by their short name (database, Secret prefix) in the order of the README. */
    static final List<String> SERVICES = List.of("admissions", "curriculum", "placement", "certification");

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("static final String \\w+ = \"([a-z0-9.-]+)\";");

    private Repo() {}

    /** deploy/k8s is the module's basedir (surefire's working directory); the repository root is two levels up. */
    static Path root() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir).toAbsolutePath().resolve("../..").normalize();
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static String serviceName(String service) {
        return service + "-service";
    }

    static Path applicationProperties(String service) {
        return root().resolve(serviceName(service) + "/src/main/resources/application.properties");
    }

    static Path platformProperties() {
        return root().resolve("platform/src/main/resources/META-INF/microprofile-config.properties");
    }

    /** key=value lines of a properties file as written (no profile expansion, no interpolation). */
    static Map<String, String> properties(Path file) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) continue;
            int eq = trimmed.indexOf('=');
            result.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
        }
        return result;
    }

    static String property(String service, String key) {
        String value = properties(applicationProperties(service)).get(key);
        if (value == null) throw new AssertionError(key + " is missing from " + applicationProperties(service));
        return value;
    }

    /** Topics the service consumes: every mp.messaging.incoming.*.topic of its application.properties. */
    static Set<String> consumedTopics(String service) {
        Set<String> topics = new LinkedHashSet<>();
        properties(applicationProperties(service)).forEach((key, value) -> {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) topics.add(value);
        });
        return topics;
    }

    /** Topics the service publishes: the constants of its events-contract's *Topics class. */
    static Set<String> publishedTopics(String service) {
        Set<String> topics = new LinkedHashSet<>();
        Path contract = root().resolve(serviceName(service) + "/events-contract/src/main/java");
        try (Stream<Path> files = Files.walk(contract)) {
            files.filter(f -> f.getFileName().toString().endsWith("Topics.java")).forEach(f -> {
                Matcher m = TOPIC_CONSTANT.matcher(read(f));
                while (m.find()) topics.add(m.group(1));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (topics.isEmpty()) throw new AssertionError("no *Topics constant under " + contract);
        return topics;
    }

    /** Upper-case ${NAME} and ${NAME:default} references on lines without a %profile. prefix. */
    static Set<String> envReferences(Path file) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : lines(file)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("%")) continue;
            Matcher m = ENV_REFERENCE.matcher(trimmed);
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a NAME="..." assignment in a shell file (deploy/local/lib.sh). */
    static String shellAssignment(Path file, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\"([^\"]*)\"").matcher(read(file));
        if (!m.find()) throw new AssertionError(name + " is not assigned in " + file);
        return m.group(1);
    }

    /** The @WithDefault of a config method in a Java source: BackboneConfig's dead-letter retention. */
    static String withDefault(Path javaSource, String method) {
        Matcher m = Pattern.compile("@WithDefault\\(\"([^\"]*)\"\\)\\s*\\w+(?:<[^>]*>)?\\s+" + method + "\\(")
                .matcher(read(javaSource));
        if (!m.find()) throw new AssertionError("no @WithDefault on " + method + " in " + javaSource);
        return m.group(1);
    }
}
