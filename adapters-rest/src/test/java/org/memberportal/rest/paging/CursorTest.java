package org.memberportal.rest.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memberportal.application.refusal.Refusal;

class CursorTest {

    @Test
    void aCursorThePortalGaveOutReadsBack() {
        String id = "01a23387-659b-7301-9af1-9ba8a876a139";

        assertThat(Cursor.page(Cursor.encode(id), 10).after()).isEqualTo(id);
        assertThat(Cursor.page(Cursor.encode("12345"), null).after()).as("a job execution").isEqualTo("12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "%00", "a\u0000b", "' or 1=1 --", "x\ny"})
    void aForgedCursorIsTheCallersMistake(String forged) {
        assertRefused(forged);
        assertRefused(Base64.getUrlEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatAreNoTextAreRefused() {
        assertRefused(Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}));
        assertRefused(Base64.getUrlEncoder().encodeToString("k".repeat(101).getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String cursor) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> Cursor.page(cursor, 10));
        assertThat(refusal).as(cursor).isNotNull();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
    }
}
