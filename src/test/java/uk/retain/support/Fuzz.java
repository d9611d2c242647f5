package uk.retain.support;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Property tests on random inputs, run by JUnit Jupiter: a property is checked on a number of tries, each try's
 * input made by a generator from a {@link Random} of its own seed, so any failure can be replayed alone.
 *
 * <p>How many tries: {@code -Dretain.fuzz.tries=N} (or the environment variable {@code RETAIN_FUZZ_TRIES}) for every
 * property, otherwise the short count each property names for the normal build. Which inputs: a new random seed
 * each run, or {@code -Dretain.fuzz.seed=S} ({@code RETAIN_FUZZ_SEED}). A failure names the seed of the failing try
 * and the input; {@code -Dretain.fuzz.seed=THAT -Dretain.fuzz.tries=1} runs that try again, first.
 */
public final class Fuzz {

    public static final String TRIES = "retain.fuzz.tries";
    public static final String SEED = "retain.fuzz.seed";

    /** The step between tries' seeds (the 64-bit golden ratio), so that nearby tries get unrelated inputs. */
    private static final long STEP = 0x9E3779B97F4A7C15L;

    /** What a failure message shows of an input at most. */
    private static final int SHOWN = 4000;

    /** A generated input and its description, which a failure shows (inputs of bytes describe themselves briefly). */
    public record Input<T>(T value, String description) {

        @Override
        public String toString() {
            return description;
        }
    }

    /** A property of one input: it returns normally when the property holds. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    private Fuzz() {
    }

    /** The tries a property runs: the configured count, or {@code normal} when none is configured. */
    public static int tries(int normal) {
        String configured = setting(TRIES, "RETAIN_FUZZ_TRIES");
        return configured == null ? normal : Integer.parseInt(configured.strip());
    }

    /** Checks {@code property} on {@link #tries} inputs from {@code generator}; the first failure fails the test. */
    public static <T> void check(String name, int normalTries, Function<Random, Input<T>> generator, Property<T> property) {
        String configuredSeed = setting(SEED, "RETAIN_FUZZ_SEED");
        long seed = configuredSeed == null ? new Random().nextLong() : Long.parseLong(configuredSeed.strip());
        int tries = tries(normalTries);
        for (int attempt = 0; attempt < tries; attempt++) {
            long trySeed = seed + attempt * STEP;
            Input<T> input = generator.apply(new Random(trySeed));
            try {
                property.check(input.value());
            } catch (Throwable failure) {
                throw new AssertionError(name + " failed on try " + (attempt + 1) + " of " + tries + ": " + failure
                        + "\n  replay: -D" + SEED + "=" + trySeed + " -D" + TRIES + "=1"
                        + "\n  input: " + shorten(input.description()), failure);
            }
        }
    }

    /** One of {@code choices}, each as likely as the others. */
    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** True with probability {@code percent} in a hundred. */
    public static boolean percent(Random random, int percent) {
        return random.nextInt(100) < percent;
    }

    /** Random bytes, at most {@code max} of them, often few. */
    public static byte[] bytes(Random random, int max) {
        int length = percent(random, 50) ? random.nextInt(Math.min(max, 64) + 1) : random.nextInt(max + 1);
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A random text of at most {@code max} characters: printable ASCII, control characters, or any code point. */
    public static String text(Random random, int max) {
        int length = percent(random, 70) ? random.nextInt(Math.min(max, 12) + 1) : random.nextInt(max + 1);
        StringBuilder text = new StringBuilder();
        int kind = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            switch (kind) {
                case 0 -> text.append((char) (' ' + random.nextInt(95)));
                case 1 -> text.append("aZ09,\"\r\n\t ;-_./\\'%&#=+".charAt(random.nextInt(22)));
                case 2 -> text.appendCodePoint(random.nextInt(0x20));
                default -> {
                    int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
                    text.appendCodePoint(Character.isSurrogate((char) codePoint) ? 0xFFFD : codePoint);
                }
            }
        }
        return text.toString();
    }

    /** A description of bytes that stays short: their length and the start of them as text. */
    public static String describe(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        return bytes.length + " bytes: " + escape(start) + (bytes.length > 200 ? "..." : "");
    }

    /** Control and non-ASCII characters as {@code \\uXXXX}, so a failure message prints whatever the input held. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                escaped.appendCodePoint(c);
            } else {
                escaped.append(String.format("\\u%04x", c));
            }
        });
        return escaped.toString();
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
