package uk.retain.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Binds a settings document (records of whole numbers, switches, lists and maps, named in snake case) from JSON
 * and checks its constraints, finding every problem, not just the first. A value of the wrong JSON type, or a
 * property that is not a setting, is noted as the document is bound and the value left empty; then the constraints
 * are checked, and a setting already noted is not reported again. A setting's name is its path ({@code caps.asye}).
 *
 * <p>A constraint's message is its problem's code; {@link NotNull} is {@code required} unless given a message of its
 * own; {@link Between} gives its bounds as the problem's arguments; a module's own constraints give theirs through
 * {@code arguments} (as {@code workforce.CodeOf} gives the code sent and the codes there are). A list of records
 * names its elements by their index ({@code asye_phases.0.until}); a list of values is one setting.
 */
public final class SettingsBinding<D extends Record> {

    public static final String UNKNOWN = "unknown";

    private final ObjectReader reader;
    private final Validator validator;
    private final Map<Class<? extends Annotation>, Function<ConstraintViolation<?>, List<Object>>> arguments;
    private final Map<Class<?>, String> codes = new LinkedHashMap<>();

    /**
     * A value type of a module's own, read from JSON by {@code read} (null when the value is not one) and noted as
     * {@code code} when it is not.
     */
    public record Value<T>(Class<T> type, String code, Function<JsonParser, T> read) {
    }

    /** A problem with one setting, by its name; {@code name} is empty for the document as a whole. */
    public record Problem(String name, String code, List<Object> args) {

        Problem(String name, String code, Object... args) {
            this(name, code, List.of(args));
        }
    }

    public SettingsBinding(Class<D> type, Validator validator) {
        this(type, validator, Map.of(), List.of());
    }

    public SettingsBinding(Class<D> type, Validator validator,
            Map<Class<? extends Annotation>, Function<ConstraintViolation<?>, List<Object>>> arguments, List<Value<?>> values) {
        this.validator = validator;
        this.arguments = Map.copyOf(arguments);
        // Only values of the setting's own JSON type: "13" is no whole number here, nor is 12.5, nor "yes" true.
        SimpleModule strict = new SimpleModule("strict-settings")
                .addDeserializer(Integer.class, new Strict<>(Integer.class, SettingsBinding::wholeNumber))
                .addDeserializer(Boolean.class, new Strict<>(Boolean.class, SettingsBinding::bool));
        values.forEach(value -> add(strict, value));
        this.reader = JsonMapper.builder()
                .addModule(strict)
                // "" for a list or a group is one not given, as an empty box in a form is; Jackson would stop there.
                .withCoercionConfig(LogicalType.Collection, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
                .withCoercionConfig(LogicalType.Map, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
                .withCoercionConfig(LogicalType.POJO, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
                .build().readerFor(type);
    }

    private <T> void add(SimpleModule module, Value<T> value) {
        module.addDeserializer(value.type(), new Strict<>(value.type(), value.read()));
        codes.put(value.type(), value.code());
    }

    /** The document bound and checked: the document when there are no problems, otherwise its problems. */
    public record Bound<D>(D document, List<Problem> problems) {
    }

    public Bound<D> read(JsonNode json) {
        if (json == null || !json.isObject()) {
            return new Bound<>(null, List.of(new Problem("", "document")));
        }
        Noted noted = new Noted();
        D document;
        try {
            document = reader.withHandler(noted).readValue(json);
        } catch (MismatchedInputException e) {
            // A shape the handler was not offered: the rest is not read, so this is the one problem.
            return new Bound<>(null, List.of(new Problem(name(e.getPath(), JacksonException.Reference::getPropertyName),
                    code(e.getTargetType()))));
        }
        List<Problem> violations = validator.validate(document).stream().sorted(Comparator.comparingInt(SettingsBinding::index))
                .map(this::problem).toList();
        // A key that is not a setting is only that, whatever its value.
        Set<String> unknown = new LinkedHashSet<>();
        Stream.concat(noted.problems.stream(), violations.stream()).filter(p -> p.code().equals(UNKNOWN))
                .forEach(p -> unknown.add(p.name()));
        List<Problem> problems = new ArrayList<>();
        noted.problems.stream().filter(p -> p.code().equals(UNKNOWN) || !unknown.contains(p.name())).forEach(problems::add);
        violations.stream().filter(p -> p.code().equals(UNKNOWN) || !noted.names.contains(p.name())).forEach(problems::add);
        return problems.isEmpty() ? new Bound<>(document, List.of()) : new Bound<>(null, List.copyOf(problems));
    }

    // ---------------------------------------------------------------------------------------------- names

    /** Every setting of a document by its name, in the document's order; a map's entries are settings of their own. */
    public static Map<String, Object> settingsOf(Record document) {
        Map<String, Object> settings = new LinkedHashMap<>();
        flatten("", document, settings);
        return settings;
    }

    private static void flatten(String prefix, Object value, Map<String, Object> settings) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                flatten(prefix + jsonName(component.getName()) + ".", valueOf(component, record), settings);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> flatten(prefix + key + ".", entry, settings));
        } else {
            settings.put(prefix.substring(0, prefix.length() - 1), value);
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record component's name in the JSON document, as {@code @JsonNaming(SnakeCaseStrategy)} gives it. */
    private static String jsonName(String javaName) {
        return SnakeCase.NAMES.translate(javaName);
    }

    private static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {

        static final SnakeCase NAMES = new SnakeCase();

        @Override
        protected String translate(String name) {
            return super.translate(name);
        }
    }

    /**
     * A property path as a setting's name: components by their JSON names, a map's entries by their keys; a list's
     * values are the list's setting (a role that is not a job role is a problem with the roles), a list's records
     * are named by their index.
     */
    private static String name(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getKey() != null) {
                    parts.add(node.getKey().toString());
                }
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                parts.add(node.getIndex().toString());
            }
            if (node.getName() != null) {
                parts.add(jsonName(node.getName()));
            }
        }
        return String.join(".", parts);
    }

    /** A JSON path as a setting's name, a list's indexes left out as above. */
    private static <R> String name(Iterable<R> path, Function<R, String> property) {
        List<String> parts = new ArrayList<>();
        for (R at : path) {
            String name = property.apply(at);
            if (name != null && !name.isEmpty()) {
                parts.add(name);
            }
        }
        return String.join(".", parts);
    }

    private static String name(JsonPointer pointer, boolean record) {
        List<String> parts = new ArrayList<>();
        for (JsonPointer at = pointer; !at.matches(); at = at.tail()) {
            // An object's own context, entered but not yet named, adds an empty segment.
            if (at.mayMatchProperty() && !at.mayMatchElement() && !at.getMatchingProperty().isEmpty()) {
                parts.add(at.getMatchingProperty());
            } else if (at.mayMatchElement() && (at.tail().matches() ? record : !at.tail().getMatchingProperty().isEmpty())) {
                // A record in a list, by its index; a value in a list is the list's.
                parts.add(Integer.toString(at.getMatchingIndex()));
            }
        }
        return String.join(".", parts);
    }

    // ---------------------------------------------------------------------------------------------- problems

    private Problem problem(ConstraintViolation<?> violation) {
        String name = name(violation.getPropertyPath());
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (annotation instanceof NotNull && violation.getMessageTemplate().startsWith("{")) {
            return new Problem(name, "required");
        }
        if (annotation instanceof Between) {
            return new Problem(name, violation.getMessageTemplate(), attributes.get("min"), attributes.get("max"));
        }
        Function<ConstraintViolation<?>, List<Object>> args = arguments.get(annotation.annotationType());
        return new Problem(name, violation.getMessageTemplate(), args == null ? List.of() : args.apply(violation));
    }

    /** Where in its list the value is, so that problems with a list's elements are listed in its order. */
    private static int index(ConstraintViolation<?> violation) {
        int index = -1;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                index = node.getIndex();
            }
        }
        return index;
    }

    /** What a value of the wrong JSON type should have been, by the type it was to be bound to. */
    private String code(Class<?> type) {
        if (type == null) {
            return "document";
        }
        if (codes.containsKey(type)) {
            return codes.get(type);
        }
        if (type == Integer.class) {
            return "wholeNumber";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        // A text is only ever a list's element, whose problem is the list's.
        if (Collection.class.isAssignableFrom(type) || type == String.class) {
            return "list";
        }
        return "object";
    }

    /** Notes each value of the wrong type and each property that is not a setting, and binds it as no value. */
    private final class Noted extends DeserializationProblemHandler {

        final List<Problem> problems = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();

        /** {@code type} is what the value was to be, null for a property that is not a setting. */
        private void note(JsonParser p, Class<?> type) {
            String name = name(p.streamReadContext().pathAsPointer(), type != null && type.isRecord());
            String code = type == null ? UNKNOWN : code(type);
            if (names.add(name)) {
                problems.add(new Problem(name, code));
            }
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            note(p, null);
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) {
            note(p, targetType.getRawClass());
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta,
                JsonParser p, String msg) {
            note(p, instClass);
            p.skipChildren();
            return null;
        }
    }

    private static Integer wholeNumber(JsonParser p) {
        boolean fits = p.currentToken() == JsonToken.VALUE_NUMBER_INT
                && (p.getNumberType() == JsonParser.NumberType.INT
                        || p.getNumberType() == JsonParser.NumberType.LONG && p.getLongValue() == (int) p.getLongValue());
        return fits ? p.getIntValue() : null;
    }

    private static Boolean bool(JsonParser p) {
        JsonToken token = p.currentToken();
        return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    /** A value only of its own JSON type; anything else goes to the problem handler. */
    private static final class Strict<T> extends StdDeserializer<T> {

        private final Function<JsonParser, T> read;

        Strict(Class<T> type, Function<JsonParser, T> read) {
            super(type);
            this.read = read;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            T value = read.apply(p);
            return value != null ? value : (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
    }
}
