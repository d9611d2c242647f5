package uk.retain.workforce;

/**
 * One problem found in a bundle, at a line of a file (line 1 is the header) and a column ({@code -} when it
 * concerns the whole row or file).
 */
public record Problem(String file, long line, String column, String message) implements Comparable<Problem> {

    /** The report form: {@code file:line: column: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + column + ": " + message;
    }

    /** The JSON form of a problem in an API's problem document: its parts, and the report line as {@code text}. */
    public java.util.Map<String, Object> byName() {
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("file", file);
        json.put("line", line);
        json.put("column", column);
        json.put("message", message);
        json.put("text", toString());
        return json;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = Integer.compare(fileOrder(file), fileOrder(other.file));
        if (byFile != 0) {
            return byFile;
        }
        int byName = file.compareTo(other.file);
        return byName != 0 ? byName : Long.compare(line, other.line);
    }

    /**
     * The register's files in the format's order, then the capability modules' files in theirs; a name that is not a
     * file of the format (a misnamed file) comes first.
     */
    private static int fileOrder(String file) {
        return BundleFile.named(file).map(Enum::ordinal).orElseGet(() -> BundleFileTypes.named(file)
                .map(type -> BundleFile.values().length + type.order()).orElse(-1));
    }
}
