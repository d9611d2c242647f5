package uk.retain.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The name an upload is known by in problems and in the audit trail: the last part of what the browser sent, without
 * control characters, at most {@link #MAX_LENGTH} characters, or a default. A client chooses this text, so it is
 * bounded before it reaches a message, a page or a column.
 */
public final class UploadedFileName {

    public static final int MAX_LENGTH = 100;

    private UploadedFileName() {
    }

    public static String of(MultipartFile file, String fallback) {
        return of(file.getOriginalFilename(), fallback);
    }

    public static String of(String original, String fallback) {
        if (original == null) {
            return fallback;
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        if (stripped.isEmpty()) {
            return fallback;
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            int end = stripped.offsetByCodePoints(0, MAX_LENGTH - 1);
            return stripped.substring(0, end) + "…";
        }
        return stripped;
    }
}
