package uk.retain.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All page text lives in messages.properties (British English, one place to change a word): a template that
 * holds literal text, or a literal alt, title, aria-label or placeholder, fails here.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script\\b.*?</script>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.DOTALL);
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(alt|title|aria-label|placeholder)=\"([^\"]*[A-Za-z][^\"]*)\"");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).as("templates found").isNotEmpty();
        List<String> literal = new ArrayList<>();
        for (Path template : templates) {
            String html = Files.readString(template);
            String text = TAG.matcher(SCRIPT.matcher(COMMENT.matcher(html).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
            Matcher words = WORDS.matcher(INLINED.matcher(text).replaceAll(" "));
            while (words.find()) {
                literal.add(TEMPLATES.relativize(template) + ": text '" + words.group() + "'");
            }
            Matcher attributes = LITERAL_ATTRIBUTE.matcher(COMMENT.matcher(html).replaceAll(" "));
            while (attributes.find()) {
                literal.add(TEMPLATES.relativize(template) + ": " + attributes.group(1) + "=\"" + attributes.group(2) + "\"");
            }
        }
        assertThat(literal).as("literal text in templates (move it to messages.properties)").isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() {
        String html = "<p class=\"govuk-body\">Hello there</p><img alt=\"A chart\" th:alt=\"#{x}\">";
        String text = TAG.matcher(html).replaceAll(" ");
        assertThat(WORDS.matcher(text).find()).isTrue();
        assertThat(LITERAL_ATTRIBUTE.matcher(html).find()).isTrue();
        assertThat(LITERAL_ATTRIBUTE.matcher("<img th:alt=\"#{chart.alt}\">").find()).isFalse();
    }
}
