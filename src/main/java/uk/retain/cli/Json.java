package uk.retain.cli;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON for the command line's output. The commands print plain maps, lists, strings and numbers, so Jackson's
 * streaming generator writes them directly: the data-binding layer would load some 600 more classes, a quarter of
 * a second of a cold JVM that {@code measures} on a large council cannot spare.
 */
final class Json {

    private Json() {
    }

    /** Built when first used, so that {@link #warmUpInBackground} builds it on its own thread, not the caller's. */
    private static final class Factory {
        static final JsonFactory JSON = JsonFactory.builder().build();
    }

    static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Factory.JSON.createGenerator(text)) {
            write(json, value);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.writeName(String.valueOf(entry.getKey()));
                    write(json, entry.getValue());
                }
                json.writeEndObject();
            }
            case Iterable<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    write(json, item);
                }
                json.writeEndArray();
            }
            case String text -> json.writeString(text);
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            case Double number -> json.writeNumber(number);
            case BigDecimal number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /**
     * Loads and warms the JSON writer on another thread, so that its start-up overlaps with reading the bundle
     * on the machine's other core instead of following it.
     */
    static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> write(Map.of("warm", java.util.List.of(1.5, 2))), "json-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
