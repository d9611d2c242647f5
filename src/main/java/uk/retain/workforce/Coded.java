package uk.retain.workforce;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value that the bundle format writes as a fixed code, such as {@code child_protection}. */
public interface Coded {

    String code();

    /** The constant of {@code type} whose code is {@code code}, compared exactly. */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The codes of {@code type}, comma separated, for error messages. */
    static <E extends Enum<E> & Coded> String codesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
