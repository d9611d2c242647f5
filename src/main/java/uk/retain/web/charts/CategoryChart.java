package uk.retain.web.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A line, bar or stacked-bar chart over categories (years, bands, month ends), rendered as SVG with its table.
 * Every text (title, axis labels, series names, the text of a missing figure) comes from the caller, so pages take
 * them from their messages.
 *
 * <pre>{@code
 * Chart chart = CategoryChart.line("turnover", "Turnover rate by year")
 *         .categories("Year", List.of("2024", "2025"))
 *         .series("Exampleshire", List.of(12.5, 10.0))
 *         .series("England", List.of(13.9, 11.8))
 *         .valueAxis("Per cent")
 *         .render();
 * }</pre>
 *
 * <p>Series take the GOV.UK colours in order unless given one; in a line chart each series also has its own dash
 * pattern and point shape, so the lines can be told apart without colour.
 */
public final class CategoryChart {

    /** The kind of chart. */
    public enum Kind { LINE, BAR, STACKED_BAR }

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** The font the SVG asks the browser for: the pages' own. */
    static final String FONT_FAMILY = "\"GDS Transport\", arial, sans-serif";
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Beyond this many categories a line has no point shapes: they would merge into a thick line. */
    private static final int MAX_CATEGORIES_WITH_SHAPES = 24;

    static {
        // Rotated text (the value axis label) as SVG text rather than glyph outlines: readable, and far smaller.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final Kind kind;
    private final String id;
    private final String title;
    private String categoryHeading = "";
    private String categoryAxisLabel;
    private List<String> categories = List.of();
    private List<String> axisLabels;
    private final List<Series> series = new ArrayList<>();
    private String valueAxisLabel;
    private Function<Double, String> format = Figures::oneDecimal;
    private boolean wholeNumbers;
    private String missing = "";
    private String description;
    private String tableCaption;
    private Integer thresholdAfter;
    private String thresholdLabel;
    private int labelEvery = 1;
    private int width = 640;
    private int height = 360;

    private CategoryChart(Kind kind, String id, String title) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a chart id is lower case letters, digits and hyphens: " + id);
        }
        this.kind = kind;
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
    }

    /** A line chart; {@code id} must be unique in its page. */
    public static CategoryChart line(String id, String title) {
        return new CategoryChart(Kind.LINE, id, title);
    }

    /** A bar chart, series side by side. */
    public static CategoryChart bars(String id, String title) {
        return new CategoryChart(Kind.BAR, id, title);
    }

    /** A bar chart, series stacked on each other. */
    public static CategoryChart stackedBars(String id, String title) {
        return new CategoryChart(Kind.STACKED_BAR, id, title);
    }

    /** The categories in order, and their heading in the table (also the axis label unless one is given). */
    public CategoryChart categories(String heading, List<String> labels) {
        this.categoryHeading = Objects.requireNonNull(heading, "heading");
        this.categories = List.copyOf(labels);
        return this;
    }

    /**
     * Shorter labels for the axis than the table's (such as "Sep 2024" for "September 2024"), one per category;
     * the table keeps the categories' own labels.
     */
    public CategoryChart axisLabels(List<String> labels) {
        this.axisLabels = List.copyOf(labels);
        return this;
    }

    /** A series in the next colour of {@link Palette#SERIES}. */
    public CategoryChart series(String name, List<Double> values) {
        return series(name, Palette.SERIES.get(series.size() % Palette.SERIES.size()), values);
    }

    public CategoryChart series(String name, Color colour, List<Double> values) {
        series.add(new Series(name, colour, values, null));
        return this;
    }

    /**
     * A series whose missing figures the table writes as {@code missing} rather than the chart's text
     * ({@link #missing(String)}): "not published" for a published source beside "not available" for the
     * authority's own.
     */
    public CategoryChart series(String name, Color colour, List<Double> values, String missing) {
        series.add(new Series(name, colour, values, Objects.requireNonNull(missing, "missing")));
        return this;
    }

    public CategoryChart categoryAxis(String label) {
        this.categoryAxisLabel = label;
        return this;
    }

    public CategoryChart valueAxis(String label) {
        this.valueAxisLabel = label;
        return this;
    }

    /** How the table writes a value; one decimal place ({@link Figures#oneDecimal}) unless told. */
    public CategoryChart format(Function<Double, String> format) {
        this.format = Objects.requireNonNull(format, "format");
        return this;
    }

    /** The values are counts: whole-number axis ticks, whole numbers in the table. */
    public CategoryChart wholeNumbers() {
        this.wholeNumbers = true;
        this.format = Figures::whole;
        return this;
    }

    /** The table's text for a missing value (a gap in the chart). */
    public CategoryChart missing(String text) {
        this.missing = Objects.requireNonNull(text, "text");
        return this;
    }

    /** A longer description of the chart, for assistive technology ({@code aria-describedby}). */
    public CategoryChart description(String text) {
        this.description = text;
        return this;
    }

    /** The table's caption; the chart's title unless told. */
    public CategoryChart tableCaption(String caption) {
        this.tableCaption = caption;
        return this;
    }

    /** A labelled line between the category at index {@code after} and the next one. */
    public CategoryChart threshold(int after, String label) {
        this.thresholdAfter = after;
        this.thresholdLabel = Objects.requireNonNull(label, "label");
        return this;
    }

    /** Label only every n-th category on the axis, from the first (the table still lists them all). */
    public CategoryChart labelEvery(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("label every n-th category, n >= 1: " + n);
        }
        this.labelEvery = n;
        return this;
    }

    /** The size in SVG user units (the SVG scales to its container; the default is 640 by 360). */
    public CategoryChart size(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /** The chart as SVG, and its table. */
    public Chart render() {
        if (axisLabels != null && axisLabels.size() != categories.size()) {
            throw new IllegalArgumentException(axisLabels.size() + " axis labels for " + categories.size() + " categories");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        JFreeChart chart = chart();
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(id + "-");
        svg.setFontFunction(family -> FONT_FAMILY);
        svg.setGeomDoubleConverter(CategoryChart::twoDecimals);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        String element = svg.getSVGElement(id + "-svg", true, new ViewBox(0, 0, width, height), null, null);
        return new Chart(id, title, SvgMarkup.inline(element, id, title, description), table());
    }

    private ChartTable table() {
        List<String> headings = new ArrayList<>();
        headings.add(categoryHeading);
        series.forEach(s -> headings.add(s.name()));
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (Series s : series) {
                Double value = s.values().get(i);
                cells.add(value != null ? format.apply(value) : s.missing() != null ? s.missing() : missing);
            }
            rows.add(new ChartTable.Row(categories.get(i), cells));
        }
        return new ChartTable(tableCaption == null ? title : tableCaption, headings, rows);
    }

    private JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(series.get(s).values().get(c), new Key(s, series.get(s).name()), new Key(c, axisLabels == null ? categories.get(c) : axisLabels.get(c)));
            }
        }
        CategoryAxis categoryAxis = labelEvery > 1
                ? new SparseCategoryAxis(categoryAxisLabel == null ? categoryHeading : categoryAxisLabel, labelEvery)
                : new CategoryAxis(categoryAxisLabel == null ? categoryHeading : categoryAxisLabel);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
        valueAxis.setAutoRangeIncludesZero(true);
        if (wholeNumbers) {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        }
        valueAxis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.UK));
        if (thresholdAfter != null) {
            valueAxis.setUpperMargin(0.2);
        }
        for (var axis : List.of(categoryAxis, valueAxis)) {
            axis.setLabelFont(LABEL_FONT);
            axis.setLabelPaint(Palette.TEXT);
            axis.setTickLabelFont(TICK_FONT);
            axis.setTickLabelPaint(Palette.TEXT);
            axis.setAxisLinePaint(Palette.TEXT);
            axis.setTickMarkPaint(Palette.TEXT);
        }
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.MID_GREY);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (thresholdAfter != null) {
            plot.addAnnotation(new CategoryBoundary(thresholdAfter, thresholdLabel, Palette.RED, LABEL_FONT));
        }
        JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 4, 4, 12));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(Palette.TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private AbstractCategoryItemRenderer renderer() {
        return switch (kind) {
            case LINE -> {
                boolean shapes = categories.size() <= MAX_CATEGORIES_WITH_SHAPES;
                LineAndShapeRenderer line = new LineAndShapeRenderer(true, shapes);
                for (int s = 0; s < series.size(); s++) {
                    line.setSeriesPaint(s, series.get(s).colour());
                    line.setSeriesStroke(s, lineStroke(s));
                    line.setSeriesShape(s, shape(s));
                }
                line.setUseFillPaint(false);
                yield line;
            }
            case BAR, STACKED_BAR -> {
                BarRenderer bar = kind == Kind.BAR ? new BarRenderer() : new StackedBarRenderer();
                bar.setBarPainter(new StandardBarPainter());
                bar.setShadowVisible(false);
                bar.setDrawBarOutline(false);
                bar.setItemMargin(0.05);
                bar.setMaximumBarWidth(0.12);
                for (int s = 0; s < series.size(); s++) {
                    bar.setSeriesPaint(s, series.get(s).colour());
                }
                yield bar;
            }
        };
    }

    /** Solid, dashed, dotted, dash-dot...: lines told apart without colour. */
    private static Stroke lineStroke(int index) {
        float[][] dashes = {null, {10f, 5f}, {3f, 4f}, {10f, 4f, 3f, 4f}};
        float[] dash = dashes[index % dashes.length];
        return dash == null
                ? new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Circle, square, triangle, diamond. */
    private static Shape shape(int index) {
        double r = 5;
        return switch (index % 4) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
            case 2 -> polygon(0, -r - 1, r + 1, r, -r - 1, r);
            default -> polygon(0, -r - 1, r + 1, 0, 0, r + 1, -r - 1, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** Coordinates to two decimal places: a smaller page, no visible difference. */
    private static String twoDecimals(double value) {
        double rounded = Math.round(value * 100.0) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /**
     * A series or category key: its position keeps two of the same name apart (the dataset would merge them), and
     * its label is what the legend and axis show.
     */
    private record Key(int index, String label) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
