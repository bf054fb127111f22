package fr.cfa.backoffice.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A page of a list that also pages by keyset: {@link Page}'s members plus {@code nextCursor}, null on the last page.
 * A service answers it through its own record named like the {@code Page} schema it replaces, so clients keep their types.
 */
public record CursorPage<T>(List<T> items, int page, int size, long totalItems, String nextCursor) {
    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), page, size, totalItems, nextCursor);
    }

    /** The sort key of a row: its time, then its id. */
    public interface Key<E> {
        Instant at(E row);

        UUID id(E row);
    }

    /**
     * The page from rows fetched in sort order with one row more than {@code size}: that extra row only tells whether
     * a next page exists, and the cursor points after the last row kept.
     */
    public static <E> CursorPage<E> of(List<E> fetched, int page, int size, long totalItems, String scope, Key<E> key) {
        if (fetched.size() <= size) return new CursorPage<>(fetched, page, size, totalItems, null);
        List<E> items = fetched.subList(0, size);
        E last = items.get(size - 1);
        return new CursorPage<>(List.copyOf(items), page, size, totalItems, new Cursor(page + 1, totalItems, key.at(last), key.id(last)).encode(scope));
    }
}
