package uk.retain.region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import uk.retain.workforce.SweNumber;

/**
 * Keyed hashes of Social Work England numbers, so that the councils of a region can tell the same worker in each
 * other's returns without ever sharing the number (decision 0031): HMAC-SHA-256 (the JDK's {@link Mac}) of the
 * number's digits without leading zeros ({@link SweNumber#key()}, so {@code SW0012} and {@code SW12} meet), under a
 * key the region holds and hands to its councils. Without the key no number can be recovered or tried: the hash of a
 * guessed number needs it. The key is never written anywhere by Retain.
 */
public final class SweHashes {

    /** The shortest key accepted: 32 bytes, the size of the hash. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] CHECK = "retain regional return key check".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    private SweHashes(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the region's key must be at least " + MIN_KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** Hashes under {@code key}, at least {@link #MIN_KEY_BYTES} bytes. */
    public static SweHashes ofKey(byte[] key) {
        return new SweHashes(key.clone());
    }

    /** Hashes under the key in the file: its bytes, without a final line end. */
    public static SweHashes fromFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        byte[] key = Arrays.copyOf(bytes, end);
        Arrays.fill(bytes, (byte) 0);
        return new SweHashes(key);
    }

    /** Hashes under a random key that lives only in this process: for a hub that holds no key of its region. */
    public static SweHashes ephemeral() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new SweHashes(key);
    }

    /** The number's keyed hash: 64 lower-case hexadecimal digits. */
    public String hash(SweNumber number) {
        return mac(number.key().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A check of the key, written in each return: the keyed hash of a fixed text, shortened to 16 digits. Two returns
     * made with the same key carry the same check, so the hub can tell a return whose hashes cannot meet its own; it
     * reveals nothing of the key.
     */
    public String keyCheck() {
        return mac(CHECK).substring(0, 16);
    }

    private String mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }
}
