package fr.cfa.backoffice.k8s;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** One rendering of a Kustomize directory: its documents as plain maps, with small lookup helpers. */
final class Manifests {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    final String dir;
    final String yaml;
    final List<Map<String, Object>> documents;

    private Manifests(String dir, String yaml) {
        this.dir = dir;
        this.yaml = yaml;
        this.documents = parse(yaml);
    }

    /** deploy/k8s/&lt;dir&gt; rendered by kubectl kustomize, once per test JVM. */
    static Manifests render(String dir) {
        return RENDERED.computeIfAbsent(dir, d -> new Manifests(d, kustomize(Repo.k8s().resolve(d))));
    }

    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (MappingIterator<Map<String, Object>> it =
                YAML.readerFor(new TypeReference<Map<String, Object>>() {}).readValues(yaml)) {
            while (it.hasNext()) {
                Map<String, Object> doc = it.next();
                if (doc != null && !doc.isEmpty()) docs.add(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** kubectl from $KUBECTL, else the PATH; missing kubectl fails the test, it never skips it. */
    static String kustomize(Path dir) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        Process process;
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                    .redirectError(err.toFile())
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(kubectl + " kustomize " + dir + " did not finish in 60 s");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (process.exitValue() != 0) {
                throw new AssertionError(kubectl + " kustomize " + dir + " exited " + process.exitValue() + ":\n" + stderr);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run '" + kubectl + " kustomize': kubectl (1.27+, with its built-in kustomize) must be"
                    + " on the PATH or named by the KUBECTL environment variable (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Map<String, Object> get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(d -> name.equals(at(d, "metadata.name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(dir + ": no " + kind + "/" + name));
    }

    static String label(Map<String, Object> doc) {
        return doc.get("kind") + "/" + at(doc, "metadata.name");
    }

    /** The value at a dotted path, list indexes in brackets: spec.template.spec.containers[0].name. */
    static Object at(Object node, String path) {
        Object current = node;
        for (String part : path.split("\\.")) {
            String key = part;
            Integer index = null;
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                key = part.substring(0, bracket);
                index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            }
            if (!key.isEmpty()) {
                if (!(current instanceof Map<?, ?> map)) return null;
                current = map.get(key);
            }
            if (index != null) {
                if (!(current instanceof List<?> list) || list.size() <= index) return null;
                current = list.get(index);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String path) {
        Object value = at(node, path);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String path) {
        Object value = at(node, path);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static String str(Object node, String path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }
}
