package uk.retain.workforce;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A value of one of the census code lists (domain.md §4.2), written in bundles and in the return as its number. The
 * words for each code live in messages ({@code census.<list>.<code>}).
 */
public interface CensusCode {

    int code();

    /** The numbers of a code list, in its order. */
    static <E extends Enum<E> & CensusCode> Set<Integer> codesOf(Class<E> list) {
        Set<Integer> codes = new LinkedHashSet<>();
        for (E value : list.getEnumConstants()) {
            codes.add(value.code());
        }
        return Set.copyOf(codes);
    }

    /** The value of a list with the number, or null when none has it. */
    static <E extends Enum<E> & CensusCode> E of(Class<E> list, Integer code) {
        if (code == null) {
            return null;
        }
        for (E value : list.getEnumConstants()) {
            if (value.code() == code) {
                return value;
            }
        }
        return null;
    }
}
