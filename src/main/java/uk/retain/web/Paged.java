package uk.retain.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list already in its order (such as a worker's supervision sessions, newest first) shown a few rows at a time,
 * with the GOV.UK pagination component ({@code fragments/pagination}); its page number travels in its own query
 * parameter, so that it can sit on a page beside a {@link Listing}.
 */
public final class Paged<T> {

    private final List<T> all;
    private final int size;
    private final int page;
    private final String parameter;
    private final String fragment;
    private final Map<String, String> kept;

    private Paged(List<T> all, int size, int page, String parameter, String fragment, Map<String, String> kept) {
        this.all = all;
        this.size = size;
        this.page = page;
        this.parameter = parameter;
        this.fragment = fragment;
        this.kept = kept;
    }

    /**
     * Page {@code page} (1-based, clamped to the pages there are; null: the first) of {@code rows}, {@code size} a
     * page, its number in the query parameter {@code parameter}; links end in {@code #fragment} (the list's heading).
     */
    public static <T> Paged<T> of(List<T> rows, int size, Integer page, String parameter, String fragment) {
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int current = page == null ? 1 : Math.max(1, Math.min(page, pages));
        return new Paged<>(List.copyOf(rows), size, current, parameter, fragment, Map.of());
    }

    /** The same, whose links also carry the query parameter {@code name}; nothing is added when {@code value} is null. */
    public Paged<T> keeping(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(kept);
        more.put(name, value.toString());
        return new Paged<>(all, size, page, parameter, fragment, Map.copyOf(more));
    }

    /** The rows of the page shown. */
    public List<T> rows() {
        return all.subList(Math.min(all.size(), (page - 1) * size), Math.min(all.size(), page * size));
    }

    public int total() {
        return all.size();
    }

    public int page() {
        return page;
    }

    public int pages() {
        return Math.max(1, (all.size() + size - 1) / size);
    }

    public int firstShown() {
        return all.isEmpty() ? 0 : (page - 1) * size + 1;
    }

    public int lastShown() {
        return Math.min(all.size(), page * size);
    }

    /** The link, relative to the page, to page {@code number}, with the parameters kept. */
    public String href(int number) {
        UriComponentsBuilder link = UriComponentsBuilder.newInstance();
        kept.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> link.queryParam(e.getKey(), e.getValue()));
        link.queryParam(parameter, number);
        if (fragment != null) {
            link.fragment(fragment);
        }
        return link.encode().build().toUriString();
    }
}
