package uk.retain.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list of people or cases as a page shows it: sorted by one column, a page at a time. Every such list can
 * also be downloaded whole as CSV ({@link CsvDownload}), with the same columns.
 */
public final class Listing<T> {

    public static final int PAGE_SIZE = 25;

    private final List<Column<T>> columns;
    private final List<T> sorted;
    private final Column<T> sortColumn;
    private final boolean ascending;
    private final int page;
    private final Map<String, String> kept;

    private Listing(List<Column<T>> columns, List<T> sorted, Column<T> sortColumn, boolean ascending, int page,
            Map<String, String> kept) {
        this.columns = columns;
        this.sorted = sorted;
        this.sortColumn = sortColumn;
        this.ascending = ascending;
        this.page = page;
        this.kept = kept;
    }

    /**
     * The rows sorted by the column named {@code sort} (the first column when unknown), {@code dir} "desc" for
     * descending, showing page {@code page} (1-based, clamped to the pages there are).
     */
    public static <T> Listing<T> of(List<T> rows, List<Column<T>> columns, String sort, String dir, Integer page) {
        Column<T> by = columns.stream().filter(c -> c.key().equals(sort)).findFirst().orElse(columns.get(0));
        boolean ascending = !"desc".equals(dir);
        Comparator<T> order = ascending ? by.order() : by.order().reversed();
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = page == null ? 1 : Math.max(1, Math.min(page, pages));
        return new Listing<>(columns, sorted, by, ascending, current, Map.of());
    }

    /**
     * The same listing, whose sorting and paging links also carry the query parameter {@code name} (such as a
     * page's reference date), so that sorting does not lose it; nothing is added when {@code value} is null.
     */
    public Listing<T> keeping(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(kept);
        more.put(name, value.toString());
        return new Listing<>(columns, sorted, sortColumn, ascending, page, Map.copyOf(more));
    }

    /**
     * The link, relative to the page, that shows the list sorted by {@code sort} in direction {@code dir} at
     * page {@code page} (null: the first), with the parameters kept ({@link #keeping}).
     */
    public String href(String sort, String dir, Integer page) {
        UriComponentsBuilder link = UriComponentsBuilder.newInstance().queryParam("sort", sort).queryParam("dir", dir);
        if (page != null) {
            link.queryParam("page", page);
        }
        kept.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> link.queryParam(e.getKey(), e.getValue()));
        return link.encode().build().toUriString();
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** The rows of the page shown. */
    public List<T> rows() {
        int from = (page - 1) * PAGE_SIZE;
        return sorted.subList(Math.min(from, sorted.size()), Math.min(from + PAGE_SIZE, sorted.size()));
    }

    /** Every row, in order: what a download gives. */
    public List<T> all() {
        return sorted;
    }

    public int total() {
        return sorted.size();
    }

    public int page() {
        return page;
    }

    public int pages() {
        return Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int firstShown() {
        return sorted.isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    public int lastShown() {
        return Math.min(page * PAGE_SIZE, sorted.size());
    }

    public boolean sortedBy(Column<T> column) {
        return column == sortColumn;
    }

    public boolean ascending() {
        return ascending;
    }

    /** The aria-sort value of a column heading. */
    public String ariaSort(Column<T> column) {
        return column != sortColumn ? "none" : ascending ? "ascending" : "descending";
    }

    /** The direction a click on the column's heading asks for. */
    public String nextDirection(Column<T> column) {
        return column == sortColumn && ascending ? "desc" : "asc";
    }

    public String sortKey() {
        return sortColumn.key();
    }

    public String direction() {
        return ascending ? "asc" : "desc";
    }
}
