package fr.cfa.backoffice.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import java.util.function.IntConsumer;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while a request runs (Hibernate statistics, on in the test profile
 * by platform's defaults), to prove that a list costs the same at any page size: no query per row (N+1).
 *
 * <p>The count is the whole application's: background work (consumers, schedulers) can only add statements, never
 * remove them, so each size is measured a few times and the smallest count is the request's own.
 */
public final class SqlStatements {
    private static final int RUNS = 3;

    private SqlStatements() {}

    /** The statements prepared while {@code request} ran, the least of a few runs. */
    public static long during(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "Hibernate statistics are off: quarkus.hibernate-orm.statistics=true in %test");
        long least = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long before = statistics.getPrepareStatementCount();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount() - before);
        }
        return least;
    }

    /**
     * Asserts that {@code list} (called with a page size; it should assert the page it got holds that many items,
     * so the data is there) prepares as many statements for a page of 100 as for a page of 1, and at most
     * {@code bound}.
     */
    public static void assertSameCostAtAnyPageSize(String endpoint, int bound, IntConsumer list) {
        long one = during(() -> list.accept(1));
        long hundred = during(() -> list.accept(100));
        assertEquals(one, hundred, endpoint + ": a page of 100 prepared " + hundred + " statements, a page of 1 prepared " + one);
        assertTrue(hundred <= bound, endpoint + ": " + hundred + " statements for one page, more than " + bound);
    }
}
