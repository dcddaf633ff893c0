package org.memberportal.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketAttachmentTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            screenshot.png                 | screenshot.png
            C:\\\\Users\\\\ann\\\\log.txt  | log.txt
            ../../etc/passwd               | passwd
            'a"b.html'                     | ab.html
            ..                             | attachment
            ''                             | attachment
            """)
    void aFilenameKeepsItsLastSegmentAndNothingThatBreaksAHeader(String raw, String safe) {
        assertThat(TicketAttachment.safeFilename(raw)).isEqualTo(safe);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text/html; charset=utf-8 | text/html
            IMAGE/PNG                | image/png
            nonsense                 | application/octet-stream
            text/html<script>        | application/octet-stream
            """)
    void aContentTypeIsAMediaTypeOrPlainBytes(String raw, String safe) {
        assertThat(TicketAttachment.safeContentType(raw)).isEqualTo(safe);
    }

    @ParameterizedTest(name = "{0} files already, limit 3: another {1}")
    @CsvSource({"0, true", "2, true", "3, false"})
    void aTicketTakesFilesUpToItsLimit(int already, boolean takes) {
        assertThat(new AttachmentLimits(10, 3).takesAnotherFile(already)).isEqualTo(takes);
    }
}
