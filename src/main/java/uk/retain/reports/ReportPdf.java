package uk.retain.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * A report as PDF: the page's own fragment ({@code reports/content}) rendered by Thymeleaf inside a print wrapper
 * ({@code reports/print}, A4 landscape, a print stylesheet after GOV.UK's type and tables), read by jsoup into the
 * XML document openhtmltopdf lays out, with the charts' SVG drawn by Batik (decision 0026).
 */
@Component
public class ReportPdf {

    static final String STYLESHEET = "/static/css/report-print.css";

    private static final Logger LOG = LoggerFactory.getLogger(ReportPdf.class);

    static {
        // openhtmltopdf writes a dozen INFO lines (timings, "Prepare to fly") to the console per document: warnings
        // such as a rule it cannot read stay.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

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
        return pdf(html(report, made, locale));
    }

    /**
     * Lays out a page with the print stylesheet, a table and a chart once, off the request path, so the first
     * report a director asks for after a start does not also wait for openhtmltopdf, PDFBox's fonts and Batik to
     * load (on a quiet machine the first members' report after a start took 3.3 s before and 2.5 s with it,
     * docs/performance.md).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        String page = "<html><head><style>" + css + "</style></head><body><h1>Retain</h1><table><tr><th>A</th>"
                + "<td>1</td></tr></table><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<rect width=\"10\" height=\"10\"/></svg></body></html>";
        Thread warmUp = Thread.ofPlatform().name("report-pdf-warm-up").daemon(true).unstarted(() -> {
            try {
                pdf(page);
            } catch (RuntimeException e) {
                // Only a warm-up: the first report will report a real failure itself.
                LOG.debug("the PDF warm-up failed", e);
            }
        });
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    private byte[] pdf(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
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
