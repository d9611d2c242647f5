package uk.retain.cli;

import tools.jackson.databind.json.JsonMapper;

/** JSON for the command line's output, written as the API writes it. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Loads and warms the JSON writer on another thread: Jackson's start-up (hundreds of classes) then overlaps
     * with reading the bundle on the machine's other core instead of following it.
     */
    static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> write(java.util.Map.of("warm", java.util.List.of(1.5, 2))), "json-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
