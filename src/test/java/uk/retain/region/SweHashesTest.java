package uk.retain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.SweNumber;

/** Keyed hashes of SWE numbers: the same in two councils under the region's key, nothing without it. */
class SweHashesTest {

    static byte[] key(int fill) {
        byte[] key = new byte[SweHashes.MIN_KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void theSameNumberGivesTheSameHashInTwoCouncilsUnderTheRegionsKey() {
        SweHashes exampleshire = SweHashes.ofKey(key(7));
        SweHashes fenmoor = SweHashes.ofKey(key(7));
        // One council wrote the leading zeros an old HCPC record kept, the other did not.
        assertThat(exampleshire.hash(new SweNumber("SW0012"))).isEqualTo(fenmoor.hash(new SweNumber("SW12")));
        assertThat(exampleshire.keyCheck()).isEqualTo(fenmoor.keyCheck()).hasSize(16);
        assertThat(exampleshire.hash(new SweNumber("SW12"))).isNotEqualTo(exampleshire.hash(new SweNumber("SW13")));
    }

    @Test
    void anotherKeyGivesOtherHashesAndAnotherCheck() {
        SweHashes one = SweHashes.ofKey(key(7));
        SweHashes other = SweHashes.ofKey(key(8));
        assertThat(one.hash(new SweNumber("SW123456"))).isNotEqualTo(other.hash(new SweNumber("SW123456")));
        assertThat(one.keyCheck()).isNotEqualTo(other.keyCheck());
        assertThat(SweHashes.ephemeral().keyCheck()).isNotEqualTo(SweHashes.ephemeral().keyCheck());
    }

    @Test
    void aHashIs64HexDigitsAndHoldsNoTraceOfTheNumber() {
        String hash = SweHashes.ofKey(key(7)).hash(new SweNumber("SW123456"));
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("123456");
        // Not the plain SHA-256 of the digits, which anyone could compute for every number.
        assertThat(hash).isNotEqualTo(sha256("123456"));
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> SweHashes.ofKey(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes, not 31");
    }

    @Test
    void aKeyFileIsReadWithoutItsFinalLineEnd(@TempDir Path dir) throws Exception {
        String text = "0123456789abcdef0123456789abcdef";
        Path withLineEnd = Files.writeString(dir.resolve("a.key"), text + "\r\n");
        Path without = Files.writeString(dir.resolve("b.key"), text);
        assertThat(SweHashes.fromFile(withLineEnd).keyCheck()).isEqualTo(SweHashes.fromFile(without).keyCheck())
                .isEqualTo(SweHashes.ofKey(text.getBytes(StandardCharsets.UTF_8)).keyCheck());
        Path shortKey = Files.writeString(dir.resolve("c.key"), "too short\n");
        assertThatThrownBy(() -> SweHashes.fromFile(shortKey)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
