package uk.retain.web.charts;

import java.awt.Color;
import java.util.List;

/** The GOV.UK Design System colours charts draw with, in the order series take them. */
public final class Palette {

    public static final Color BLUE = new Color(0x1d70b8);
    public static final Color ORANGE = new Color(0xf47738);
    public static final Color GREY = new Color(0x505a5f);
    public static final Color GREEN = new Color(0x00703c);
    public static final Color RED = new Color(0xd4351c);

    /** Text, axes and the like. */
    static final Color TEXT = new Color(0x0b0c0c);
    /** Grid lines and borders. */
    static final Color MID_GREY = new Color(0xb1b4b6);

    /** The colours of the first, second, ... series when none is given. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, GREY, GREEN, RED);

    private Palette() {
    }
}
