package uk.retain.exits.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.exits.SurveyResults;
import uk.retain.web.Words;
import uk.retain.web.charts.Figures;

/** The words the leaving and survey pages show, every one from {@code messages.properties}. */
@Component
class ExitWords extends Words {

    ExitWords(MessageSource messages) {
        super(messages);
    }

    /** A question's words: a standard question's, or the council's own code as it is. */
    String question(String code) {
        return orElse("exits.survey.question." + code, code);
    }

    /** A survey figure: one decimal place (with % for a share), suppressed in words, or a dash where nobody answered. */
    String figure(Object value, boolean percent) {
        if (SurveyResults.suppressed(value)) {
            return text("exits.survey.suppressed");
        }
        if (value instanceof Number number) {
            return Figures.oneDecimal(number.doubleValue()) + (percent ? "%" : "");
        }
        return text("exits.none");
    }

    /** A count, or suppressed in words. */
    String count(Object value) {
        if (SurveyResults.suppressed(value)) {
            return text("exits.survey.suppressed");
        }
        return value == null ? text("exits.none") : value.toString();
    }

    /** n of total as a percentage to one decimal place, or a dash when total is 0. */
    String share(int n, int total) {
        return total == 0 ? text("exits.none") : Figures.oneDecimal(100.0 * n / total) + "%";
    }
}
