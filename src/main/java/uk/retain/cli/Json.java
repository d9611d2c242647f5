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
}
