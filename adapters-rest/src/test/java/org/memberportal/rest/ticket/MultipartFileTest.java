package org.memberportal.rest.ticket;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MultipartFileTest {

    private static final String BOUNDARY = "----form7MA4YWxkTrZu0gW";

    private static byte[] body(String... parts) {
        StringBuilder text = new StringBuilder("preamble to ignore\r\n");
        for (String part : parts) {
            text.append("--").append(BOUNDARY).append("\r\n").append(part).append("\r\n");
        }
        return text.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(UTF_8);
    }

    /** Delivers a few bytes per read, as a slow network does. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    @Test
    void findsTheNamedPartWithItsNameTypeAndBytesWhateverComesBefore() throws IOException {
        byte[] body = body("Content-Disposition: form-data; name=\"note\"\r\n\r\nnot this",
                "Content-Disposition: form-data; name=\"file\"; filename=\"r\u00e9sum\u00e9 \\\"1\\\".html\"\r\n"
                        + "Content-Type: text/html\r\n\r\n<p>\r\n--almost a boundary\r\n</p>");

        MultipartFile.Part part = MultipartFile.find(trickle(body), BOUNDARY, "file").orElseThrow();

        assertThat(part.filename()).isEqualTo("r\u00e9sum\u00e9 \"1\".html");
        assertThat(part.contentType()).isEqualTo("text/html");
        assertThat(new String(part.content().readAllBytes(), UTF_8)).isEqualTo("<p>\r\n--almost a boundary\r\n</p>");
    }

    @Test
    void binaryBytesComeThroughUnchanged() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n\r\n")
                .getBytes(UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(UTF_8);
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head),
                new SequenceInputStream(new ByteArrayInputStream(file), new ByteArrayInputStream(tail)));

        byte[] read = MultipartFile.find(body, BOUNDARY, "file").orElseThrow().content().readAllBytes();

        assertThat(Arrays.equals(read, file)).isTrue();
    }

    @Test
    void bytesThatCannotBeginTheBoundaryAreHandedOnBeforeTheBodyEnds() throws IOException {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big\"\r\n\r\n"
                + "xxxxxxxxxx").getBytes(UTF_8);
        // the body goes on, but nothing more has come yet: the ten bytes are read without waiting for it
        InputStream stalled = new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read past what had come");
            }
        });

        InputStream content = MultipartFile.find(stalled, BOUNDARY, "file").orElseThrow().content();

        assertThat(content.read(new byte[100], 0, 100)).isEqualTo(10);
    }

    @Test
    void aBodyWithoutThePartOrCutShortIsNoFile() throws IOException {
        assertThat(MultipartFile.find(new ByteArrayInputStream(body(
                "Content-Disposition: form-data; name=\"other\"\r\n\r\nx")), BOUNDARY, "file")).isEmpty();
        byte[] cut = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc").getBytes(UTF_8);
        InputStream content = MultipartFile.find(new ByteArrayInputStream(cut), BOUNDARY, "file").orElseThrow()
                .content();
        assertThatThrownBy(content::readAllBytes).isInstanceOf(IOException.class);
    }

    @Test
    void theBoundaryComesFromTheContentType() {
        assertThat(MultipartFile.boundaryOf("multipart/form-data; boundary=abc")).contains("abc");
        assertThat(MultipartFile.boundaryOf("multipart/form-data; boundary=\"a b\"; charset=x")).contains("a b");
        assertThat(MultipartFile.boundaryOf("application/json")).isEmpty();
        assertThat(TicketAttachmentsResource.disposition("r\u00e9sum\u00e9.html"))
                .isEqualTo("attachment; filename=\"r_sum_.html\"; filename*=UTF-8''r%C3%A9sum%C3%A9.html");
    }
}
