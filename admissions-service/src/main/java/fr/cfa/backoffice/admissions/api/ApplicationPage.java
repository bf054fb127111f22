package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.platform.web.CursorPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of applications. Named as the {@code Page<ApplicationView>} it replaces (PageApplicationView), so a generated
 * client keeps its type and gains nextCursor.
 */
@Schema(name = "PageApplicationView", description = "A page of applications, by number (?page=) or by cursor (?cursor=)")
public record ApplicationPage(
        List<ApplicationView> items,
        @Schema(description = "The page's number, from 0; on a page reached by cursor, the number of pages before it in the walk") int page,
        int size,
        @Schema(description = "Applications matching the filters. On a page reached by cursor, the count taken on the walk's first page "
                + "(not counted again, so it may be behind applications submitted since)") long totalItems,
        @Schema(description = "Pass it as ?cursor= (with the same filters) for the next page; null on the last page. Works from any page, "
                + "including one asked by number", nullable = true, example = "djEuNGMzYTE5ZTIuMS41Ny4xNzk1NjgxNTEyMDAwMDAwLjBiNmYzYzFlLTRkMmEtNGE4ZS05ZjFiLTJjM2Q0ZTVmNmE3Yg")
        String nextCursor) {

    public static ApplicationPage of(CursorPage<ApplicationView> page) {
        return new ApplicationPage(page.items(), page.page(), page.size(), page.totalItems(), page.nextCursor());
    }
}
