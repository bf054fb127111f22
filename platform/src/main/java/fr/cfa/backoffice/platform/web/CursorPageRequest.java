package fr.cfa.backoffice.platform.web;

import fr.cfa.backoffice.platform.problem.MalformedParameterException;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@link PageRequest} plus {@code ?cursor=}, for the lists that also page by keyset: a cursor page costs the same
 * deep in the list as on its first page, where {@code ?page=} makes the database skip every row before it.
 */
public class CursorPageRequest extends PageRequest {
    @QueryParam(Cursor.PARAMETER)
    @Size(max = 400)
    @Parameter(description = "Opaque: the nextCursor of the previous page, as it is, with the same filters. Pages by keyset: "
            + "a page deep in the list costs what the first one costs. Not with page; size may change from one page to the next. "
            + "A cursor that was not issued by this list with these filters answers 400 (urn:cfa:problem:invalid-parameter, "
            + "errors[0].field cursor)")
    public String cursor;

    /** The decoded cursor, or null when the page is asked by number. */
    public Cursor position(String scope) {
        if (cursor == null || cursor.isEmpty()) return null;
        if (page != 0) throw new MalformedParameterException("page", "not with a cursor: the cursor knows its page");
        return Cursor.decode(cursor, scope);
    }

    public static CursorPageRequest of(int page, int size, String cursor) {
        CursorPageRequest request = new CursorPageRequest();
        request.page = page;
        request.size = size;
        request.cursor = cursor;
        return request;
    }
}
