package fr.cfa.backoffice.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * "No now() without the suite's clock" in main code: a source scan (comments ignored). Accepted only with the
 * clock as argument ({@code LocalDate.now(clock)}, or {@code clock.realTime()} for what guards security), or in a
 * class marked {@code @RealTime("why")}. SQL that reads
 * the database's clock ({@code now()}, {@code current_date}) in a Java string is refused the same way.
 */
public final class ClockDiscipline {
    private static final Pattern JAVA_NOW = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth|MonthDay|OffsetTime)\\s*\\.\\s*now\\s*\\((?!\\s*clock(\\.realTime\\(\\))?\\s*\\))"
            + "|System\\s*\\.\\s*currentTimeMillis\\s*\\(|new\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)|Clock\\s*\\.\\s*system(UTC|DefaultZone)?\\s*\\(");
    private static final Pattern SQL_NOW = Pattern.compile("\"[^\"]*\\b(now\\(\\)|current_date|current_timestamp|localtimestamp)\\b[^\"]*\"",
            Pattern.CASE_INSENSITIVE);

    private ClockDiscipline() {}

    /** Fails listing every file:line of {@code sourceRoot} that reads a clock other than the suite's. */
    public static void assertNoNowWithoutTheClock(Path sourceRoot) throws IOException {
        assertTrue(Files.isDirectory(sourceRoot), sourceRoot + " is not a source folder");
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scanned++;
                String source = withoutComments(Files.readString(file));
                if (source.contains("@RealTime(")) continue;
                String[] lines = source.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher java = JAVA_NOW.matcher(lines[i]);
                    Matcher sql = SQL_NOW.matcher(lines[i]);
                    if (java.find()) offenders.add(sourceRoot.relativize(file) + ":" + (i + 1) + ": " + java.group().trim());
                    else if (sql.find()) offenders.add(sourceRoot.relativize(file) + ":" + (i + 1) + ": SQL " + sql.group(1));
                }
            }
        }
        assertTrue(scanned > 0, "no Java source under " + sourceRoot);
        assertTrue(offenders.isEmpty(), "read the suite's Clock (inject java.time.Clock; LocalDate.now(clock)) instead of:\n  "
                + String.join("\n  ", offenders));
    }

    /** Blanks comments but keeps line numbers (strings are kept: SQL lives there). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        boolean inString = false;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (!inString && c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                while (i < source.length() && source.charAt(i) != '\n') i++;
            } else if (!inString && c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                i += 2;
                while (i + 1 < source.length() && !(source.charAt(i) == '*' && source.charAt(i + 1) == '/')) {
                    if (source.charAt(i) == '\n') out.append('\n');
                    i++;
                }
                i += 2;
            } else {
                if (c == '"' && (i == 0 || source.charAt(i - 1) != '\\')) inString = !inString;
                if (c == '\n') inString = false;
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
