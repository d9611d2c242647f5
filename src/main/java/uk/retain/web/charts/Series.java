package uk.retain.web.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of a chart: its name (in the legend and the table's heading), its colour, and a value for each of the
 * chart's categories, in order. A null value is a gap: no point or bar, and the table's text for a missing figure.
 *
 * @param missing the table's text for this series' missing figures, or null for the chart's
 */
public record Series(String name, Color colour, List<Double> values, String missing) {

    public Series {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
