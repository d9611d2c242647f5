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

class SweHashesTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    private static SweNumber swe(String text) {
        return SweNumber.parse(text).orElseThrow();
    }

    @Test
    void theSameNumberMeetsInTwoCouncilsUnderTheSameKey() {
        SweHashes councilA = SweHashes.ofKey(KEY);
        SweHashes councilB = SweHashes.ofKey(KEY.clone());

        assertThat(councilA.hash(swe("SW0012"))).isEqualTo(councilB.hash(swe("SW12")));
        assertThat(councilA.keyCheck()).isEqualTo(councilB.keyCheck());
        assertThat(councilA.hash(swe("SW12"))).isNotEqualTo(councilA.hash(swe("SW13")));
    }

    @Test
    void differentKeysGiveDifferentHashesAndKeyChecks() {
        SweHashes one = SweHashes.ofKey(KEY);
        SweHashes other = SweHashes.ofKey(OTHER_KEY);

        assertThat(one.hash(swe("SW12"))).isNotEqualTo(other.hash(swe("SW12")));
        assertThat(one.keyCheck()).isNotEqualTo(other.keyCheck()).matches("[0-9a-f]{16}");
    }

    @Test
    void aKeyUnder32BytesIsRefused() {
        assertThatThrownBy(() -> SweHashes.ofKey(Arrays.copyOf(KEY, 31))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
        assertThat(SweHashes.ofKey(Arrays.copyOf(KEY, 32))).isNotNull();
    }

    @Test
    void theHashIs64HexDigitsWithoutTheNumber() {
        String hash = SweHashes.ofKey(KEY).hash(swe("SW123456"));

        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("123456");
    }

    @Test
    void fromFileDropsAFinalLineEnd() throws Exception {
        Path withLineEnd = folder.resolve("key-lf");
        Files.write(withLineEnd, (new String(KEY, StandardCharsets.US_ASCII) + "\n").getBytes(StandardCharsets.US_ASCII));
        Path withCrLf = folder.resolve("key-crlf");
        Files.write(withCrLf, (new String(KEY, StandardCharsets.US_ASCII) + "\r\n").getBytes(StandardCharsets.US_ASCII));

        String expected = SweHashes.ofKey(KEY).hash(swe("SW12"));
        assertThat(SweHashes.fromFile(withLineEnd).hash(swe("SW12"))).isEqualTo(expected);
        assertThat(SweHashes.fromFile(withCrLf).hash(swe("SW12"))).isEqualTo(expected);
    }

    @Test
    void fromFileRefusesAShortKeyEvenWithALineEnd() throws Exception {
        Path shortKey = folder.resolve("short");
        Files.write(shortKey, (new String(KEY, 0, 31, StandardCharsets.US_ASCII) + "\n").getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> SweHashes.fromFile(shortKey)).isInstanceOf(IllegalArgumentException.class);
    }
}
