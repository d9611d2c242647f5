package uk.retain.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Just enough reading of a page's HTML to assert on its tables and summary lists by their visible text. */
public final class Html {

    private static final Pattern TABLE = Pattern.compile("<table\\b.*?</table>", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("<caption\\b[^>]*>(.*?)</caption>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<tbody\\b[^>]*>(.*?)</tbody>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[dh]\\b[^>]*>(.*?)</t[dh]>", Pattern.DOTALL);
    private static final Pattern SUMMARY_ROW = Pattern.compile(
            "<dt class=\"govuk-summary-list__key\"[^>]*>(.*?)</dt>\\s*<dd class=\"govuk-summary-list__value[^\"]*\"[^>]*>(.*?)</dd>", Pattern.DOTALL);

    private Html() {
    }

    /** The body rows, as cell texts, of the table whose caption is {@code caption}; fails when there is none. */
    public static List<List<String>> table(String html, String caption) {
        Matcher tables = TABLE.matcher(html);
        List<String> captions = new ArrayList<>();
        while (tables.find()) {
            Matcher found = CAPTION.matcher(tables.group());
            String text = found.find() ? text(found.group(1)) : "";
            captions.add(text);
            if (text.equals(caption)) {
                Matcher body = BODY.matcher(tables.group());
                List<List<String>> rows = new ArrayList<>();
                if (body.find()) {
                    Matcher row = ROW.matcher(body.group(1));
                    while (row.find()) {
                        List<String> cells = new ArrayList<>();
                        Matcher cell = CELL.matcher(row.group(1));
                        while (cell.find()) {
                            cells.add(text(cell.group(1)));
                        }
                        rows.add(cells);
                    }
                }
                return rows;
            }
        }
        throw new AssertionError("no table captioned '" + caption + "'; the page has " + captions);
    }

    /** Every summary list row of the page, key to value. */
    public static Map<String, String> summary(String html) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = SUMMARY_ROW.matcher(html);
        while (row.find()) {
            rows.put(text(row.group(1)), text(row.group(2)));
        }
        return rows;
    }

    /** The visible text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
    public static String text(String fragment) {
        return HtmlUtils.htmlUnescape(fragment.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
    }
}
