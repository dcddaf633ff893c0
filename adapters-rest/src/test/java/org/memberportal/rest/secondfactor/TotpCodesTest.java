package org.memberportal.rest.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The codes of RFC 6238's test vectors (Appendix B, SHA-1), cut to six digits as apps show them. */
class TotpCodesTest {

    /** "12345678901234567890", the RFC's SHA-1 seed, in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final TotpCodes codes = new TotpCodes();

    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130",
    })
    void theRfcVectorsMatchTheirStep(long epochSecond, String code) {
        assertThat(codes.stepOf(RFC_SECRET, code, Instant.ofEpochSecond(epochSecond))).hasValue(epochSecond / 30);
    }

    @Test
    void theStepsBeforeAndAfterAreAcceptedAndNoOther() {
        Instant at = Instant.ofEpochSecond(1111111109);
        assertThat(codes.stepOf(RFC_SECRET, "081804", at.plusSeconds(30))).hasValue(1111111109 / 30);
        assertThat(codes.stepOf(RFC_SECRET, "081804", at.minusSeconds(30))).hasValue(1111111109 / 30);
        assertThat(codes.stepOf(RFC_SECRET, "081804", at.plusSeconds(90))).isEmpty();
        assertThat(codes.stepOf(RFC_SECRET, "81804", at)).isEmpty();
        assertThat(codes.stepOf(RFC_SECRET, "08180a", at)).isEmpty();
    }

    @Test
    void aNewSecretIs160RandomBitsInBase32() {
        String secret = codes.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(codes.newSecret());
        assertThat(new Base32().decode(secret)).hasSize(20);
    }
}
