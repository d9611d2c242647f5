package uk.retain.benchmarking;

import java.util.Objects;

/**
 * One published figure: a number, or null plus the DfE marker that replaced it. Keeping the marker says why a figure
 * is missing, which a bare null cannot.
 *
 * @param number the figure, or null when DfE published a marker instead
 * @param marker the marker DfE published, or null when there is a number
 */
public record PublishedValue(Double number, Marker marker) {

    public PublishedValue {
        if ((number == null) == (marker == null)) {
            throw new IllegalArgumentException("a published value is a number or a marker: " + number + ", " + marker);
        }
    }

    public static PublishedValue of(double number) {
        return new PublishedValue(number, null);
    }

    public static PublishedValue marked(Marker marker) {
        return new PublishedValue(null, Objects.requireNonNull(marker, "marker"));
    }

    /**
     * Reads a cell of a DfE file: a number or one of the markers.
     *
     * @throws IllegalArgumentException when the text is neither
     */
    public static PublishedValue parse(String text) {
        var marker = Marker.ofCode(text);
        if (marker.isPresent()) {
            return marked(marker.get());
        }
        try {
            double number = Double.parseDouble(text);
            if (Double.isFinite(number)) {
                return of(number);
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the accepted markers
        }
        throw new IllegalArgumentException("'" + text + "' is neither a number nor a DfE marker (c, x, u, z, low)");
    }

    public boolean isKnown() {
        return number != null;
    }

    /**
     * What this value adds to a sum: the number, 0 for {@code low} (DfE's "rounds to zero", so off by less than the
     * rounding of any published figure), or null when the figure is not known.
     */
    public Double summand() {
        if (marker == Marker.ROUNDS_TO_ZERO) {
            return 0.0;
        }
        return number;
    }

    /** The value as DfE writes it: the number or the marker's symbol. */
    @Override
    public String toString() {
        return marker != null ? marker.code() : number.toString();
    }
}
