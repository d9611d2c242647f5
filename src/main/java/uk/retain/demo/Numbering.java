package uk.retain.demo;

/** The running numbers behind the council's identifiers, shared by its areas so that every identifier is unique. */
final class Numbering {

    private int worker;
    private int team;
    private int post;
    private int child;
    private int family;

    String worker() {
        return String.format("W%05d", ++worker);
    }

    String team() {
        return String.format("T%02d", ++team);
    }

    String post() {
        return String.format("P%04d", ++post);
    }

    int child() {
        return ++child;
    }

    String family() {
        return String.format("F%06d", ++family);
    }

    /** {@code prefix} and {@code number} padded with zeros to {@code width} digits, as {@code String.format} would, faster. */
    static String id(String prefix, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}
