package uk.retain.web.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis that labels only every n-th category (the first, the (n+1)-th, ...), whole, for series of many
 * categories such as month ends, whose labels would otherwise overlap or be cut to nothing.
 */
final class SparseCategoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    private final int every;

    SparseCategoryAxis(String label, int every) {
        super(label);
        this.every = every;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<CategoryTick> ticks = super.refreshTicks(g2, state, dataArea, edge);
        List<CategoryTick> sparse = new ArrayList<>(ticks.size());
        for (int i = 0; i < ticks.size(); i++) {
            CategoryTick tick = ticks.get(i);
            Comparable category = tick.getCategory();
            TextBlock label = i % every == 0
                    ? TextUtils.createTextBlock(category.toString(), getTickLabelFont(category), getTickLabelPaint(category))
                    : new TextBlock();
            sparse.add(new CategoryTick(category, label, tick.getLabelAnchor(), tick.getRotationAnchor(), tick.getAngle()));
        }
        return sparse;
    }
}
