package uk.retain.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * A report as PDF: the page's own fragment ({@code reports/content}) rendered by Thymeleaf inside a print wrapper
 * ({@code reports/print}, A4 landscape, a print stylesheet after GOV.UK's type and tables), read by jsoup into the
 * XML document openhtmltopdf lays out, with the charts' SVG drawn by Batik (decision 0026).
 */
@Component
public class ReportPdf {

    static final String STYLESHEET = "/static/css/report-print.css";

    private final ITemplateEngine templates;
    private final String css;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = ReportPdf.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + STYLESHEET);
            }
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's print HTML, as the PDF is made from. */
    String html(ReportContent report, String made, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("css", css);
        context.setVariable("made", made);
        return templates.process("reports/print", context);
    }

    public byte[] pdf(ReportContent report, String made, Locale locale) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html(report, made, locale)));
        var out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
