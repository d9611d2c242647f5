package uk.retain.web.charts;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Makes JFreeSVG's output fit to inline in a page.
 *
 * <p>JFreeSVG writes every colour, stroke and font as a {@code style="..."} attribute, and JFreeSVG 5 has no option to
 * do otherwise. The pages' Content Security Policy ({@code style-src 'self'}) makes browsers ignore inline style
 * attributes, inside an inline SVG too, so the chart would lose its colours. Each declaration of a {@code style} is
 * therefore moved to the SVG presentation attribute of the same name ({@code fill}, {@code stroke-width},
 * {@code font-size}...), which the policy does not govern and which renders the same; the {@code style} attribute is
 * removed. A declaration with no presentation attribute of its name is dropped, as is an opacity of 1 (the initial
 * value).
 *
 * <p>The root also gets {@code role="img"} and a {@code <title>} (and {@code <desc>}) it is labelled by.
 */
final class SvgMarkup {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** The CSS properties SVG also accepts as presentation attributes (SVG 1.1 and 2). */
    static final Set<String> PRESENTATION_ATTRIBUTES = Set.of(
            "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
            "color-interpolation-filters", "color-rendering", "cursor", "direction", "display", "dominant-baseline",
            "fill", "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font-family", "font-size",
            "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "image-rendering",
            "letter-spacing", "lighting-color", "marker-end", "marker-mid", "marker-start", "mask", "opacity",
            "overflow", "pointer-events", "shape-rendering", "stop-color", "stop-opacity", "stroke", "stroke-dasharray",
            "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity",
            "stroke-width", "text-anchor", "text-decoration", "text-rendering", "unicode-bidi", "visibility",
            "word-spacing", "writing-mode");

    /** Opacities, whose initial value 1 need not be written (JFreeSVG writes it on every element). */
    private static final Set<String> OPACITIES = Set.of("opacity", "fill-opacity", "stroke-opacity");

    private SvgMarkup() {
    }

    private static boolean isOne(String value) {
        try {
            return Double.parseDouble(value) == 1.0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * The SVG with its styles as presentation attributes, labelled for assistive technology.
     *
     * @param svg         an {@code <svg>} element as JFreeSVG writes it
     * @param id          the id prefix: the title gets {@code id + "-title"}, the description {@code id + "-desc"}
     * @param title       the accessible name
     * @param description a longer description, or null
     */
    static String inline(String svg, String id, String title, String description) {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        withoutStyles(root);
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttribute("id", id + "-title");
        titleElement.setTextContent(title);
        Node first = root.getFirstChild();
        root.insertBefore(titleElement, first);
        root.setAttribute("role", "img");
        root.setAttribute("aria-labelledby", id + "-title");
        if (description != null && !description.isBlank()) {
            Element desc = document.createElementNS(SVG_NS, "desc");
            desc.setAttribute("id", id + "-desc");
            desc.setTextContent(description);
            root.insertBefore(desc, first);
            root.setAttribute("aria-describedby", id + "-desc");
        }
        return write(document);
    }

    /** Moves the style declarations of {@code element} and its descendants to presentation attributes. */
    static void withoutStyles(Element element) {
        if (element.hasAttribute("style")) {
            for (String declaration : element.getAttribute("style").split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = declaration.substring(colon + 1).strip();
                if (PRESENTATION_ATTRIBUTES.contains(property) && !value.isEmpty() && !element.hasAttribute(property)
                        && !(OPACITIES.contains(property) && isOne(value))) {
                    element.setAttribute(property, value);
                }
            }
            element.removeAttribute("style");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                withoutStyles(childElement);
            }
        }
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("JFreeSVG wrote SVG that does not parse", e);
        }
    }

    private static String write(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write the chart's SVG", e);
        }
    }
}
