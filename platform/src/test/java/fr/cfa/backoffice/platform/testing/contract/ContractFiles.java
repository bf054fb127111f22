package fr.cfa.backoffice.platform.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed contract files ({@code <service>/api/}): a test compares what the code produces with them, so
 * every contract change shows in a review. {@code -Dcontracts.write=true} rewrites them from the code instead.
 */
public final class ContractFiles {
    public static final Path API = Path.of("api");

    private ContractFiles() {}

    public static boolean writing() {
        return Boolean.getBoolean("contracts.write");
    }

    /** Fails when {@code actual} differs from the committed file (or writes it in write mode). */
    public static void assertCommitted(Path file, String actual) {
        String normalised = actual.endsWith("\n") ? actual : actual + "\n";
        try {
            if (writing()) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, normalised, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), file + " is not committed: run the test with -Dcontracts.write=true, review and commit it");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), normalised,
                    "the code's contract differs from the committed " + file
                            + ": if the change is intended, rerun with -Dcontracts.write=true and commit the file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
