package uk.retain.web.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A labelled vertical line between two neighbouring categories of a vertical category plot, such as the line between
 * "16 to 20" and "21 to 25" cases. JFreeChart's own category markers sit on a category, not between two.
 */
final class CategoryBoundary extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;

    /** Space between the line and its label. */
    private static final float GAP = 6f;
    /** Less room than this right of the line puts the label on its left. */
    private static final float MIN_ROOM = 100f;

    private final int after;
    private final String label;
    private final Color colour;
    private final Font font;

    /** A line after the category at index {@code after}, before the next one. */
    CategoryBoundary(int after, String label, Color colour, Font font) {
        this.after = after;
        this.label = label;
        this.colour = colour;
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis, ValueAxis rangeAxis) {
        int count = plot.getCategories() == null ? 0 : plot.getCategories().size();
        if (after < 0 || after + 1 >= count) {
            return;
        }
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        double x = (domainAxis.getCategoryEnd(after, count, dataArea, edge)
                + domainAxis.getCategoryStart(after + 1, count, dataArea, edge)) / 2.0;
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f));
        g2.draw(new Line2D.Double(x, dataArea.getMinY(), x, dataArea.getMaxY()));
        g2.setFont(font);
        g2.setPaint(Palette.TEXT);
        // The browser draws the text in the page's font, whose widths Java cannot know, so the label is left-aligned
        // to a point (which needs no width) and wrapped to the room right of the line rather than right-aligned.
        float room = (float) (dataArea.getMaxX() - x - 2 * GAP);
        boolean right = room >= MIN_ROOM;
        TextBlock text = TextUtils.createTextBlock(label, font, Palette.TEXT,
                right ? room : (float) (x - dataArea.getMinX() - 2 * GAP), Integer.MAX_VALUE, new G2TextMeasurer(g2));
        text.setLineAlignment(right ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
        text.draw(g2, (float) (right ? x + GAP : x - GAP), (float) dataArea.getMinY() + GAP,
                right ? TextBlockAnchor.TOP_LEFT : TextBlockAnchor.TOP_RIGHT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryBoundary that && after == that.after && label.equals(that.label)
                && colour.equals(that.colour) && font.equals(that.font);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(after, label, colour, font);
    }
}
