package org.memberportal.rest.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file part of a {@code multipart/form-data} body (RFC 7578), read as it arrives: its bytes
 * are handed on as soon as they cannot be the start of the boundary, so that an upload over the
 * limit is refused while it is still coming, and nothing holds more than a buffer of it. The
 * runtime's own multipart reading writes every part whole to a file before the resource sees it.
 */
final class MultipartFile {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADER_LINE = 8192;
    private static final int MAX_HEADER_LINES = 32;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean exhausted;

    private MultipartFile(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first boundary may open the body without a line break before it
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /** A part of the body: the file name and type its headers gave, and its bytes. */
    record Part(String filename, String contentType, InputStream content) {
    }

    /** The boundary a multipart content type names; empty when it names none. */
    static Optional<String> boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher matcher = BOUNDARY.matcher(contentType);
        return matcher.find() ? Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2))
                : Optional.empty();
    }

    /** The first part named {@code name}, parts before it skipped; empty when the body has none. */
    static Optional<Part> find(InputStream body, String boundary, String name) throws IOException {
        MultipartFile reader = new MultipartFile(body, boundary);
        reader.drain(reader.new PartContent()); // the preamble
        while (reader.nextPartFollows()) {
            String disposition = null;
            String type = null;
            for (int lines = 0;; lines++) {
                String line = reader.headerLine();
                if (line.isEmpty()) {
                    break;
                }
                if (lines >= MAX_HEADER_LINES) {
                    throw new IOException("a part has too many headers");
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).strip();
                    if (header.equals("content-disposition")) {
                        disposition = value;
                    } else if (header.equals("content-type")) {
                        type = value;
                    }
                }
            }
            PartContent content = reader.new PartContent();
            if (disposition != null && name.equals(parameter(disposition, "name"))) {
                return Optional.of(new Part(parameter(disposition, "filename"), type, content));
            }
            reader.drain(content);
        }
        return Optional.empty();
    }

    /** A parameter of a Content-Disposition value, quoted or not; null when absent. */
    static String parameter(String disposition, String parameter) {
        Matcher matcher = Pattern.compile("(?:^|;)\\s*" + parameter + "=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;]*))",
                Pattern.CASE_INSENSITIVE).matcher(disposition);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) != null ? matcher.group(1).replaceAll("\\\\(.)", "$1") : matcher.group(2).strip();
    }

    /** After a boundary: true when a part follows it, false after the closing one. */
    private boolean nextPartFollows() throws IOException {
        if (!fill(2)) {
            return false;
        }
        boolean closing = buffer[start] == '-' && buffer[start + 1] == '-';
        if (!closing) {
            headerLine(); // the rest of the boundary's line (transport padding)
        }
        return !closing;
    }

    private String headerLine() throws IOException {
        for (int scanned = 0;; ) {
            for (int i = start + scanned; i + 1 < end; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    String line = new String(buffer, start, i - start, StandardCharsets.UTF_8);
                    start = i + 2;
                    return line;
                }
            }
            scanned = Math.max(0, end - start - 1);
            if (scanned > MAX_HEADER_LINE || !fill(end - start + 1)) {
                throw new IOException("a part's header line is too long or unfinished");
            }
        }
    }

    /** Makes at least {@code wanted} unread bytes available, unless the body ends first. */
    private boolean fill(int wanted) throws IOException {
        while (end - start < wanted) {
            if (exhausted) {
                return false;
            }
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                exhausted = true;
            } else {
                end += read;
            }
        }
        return true;
    }

    private void drain(PartContent content) throws IOException {
        byte[] skipped = new byte[8192];
        while (content.read(skipped, 0, skipped.length) >= 0) {
            // skipped
        }
    }

    /** A part's bytes: they end where the delimiter begins. */
    private final class PartContent extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                int found = indexOfDelimiter();
                int safe = found >= 0 ? found - start : end - start - partialDelimiterAtEnd();
                if (safe > 0) {
                    int n = Math.min(length, safe);
                    System.arraycopy(buffer, start, into, offset, n);
                    start += n;
                    return n;
                }
                if (found >= 0) {
                    start = found + delimiter.length;
                    done = true;
                    return -1;
                }
                if (!fill(end - start + 1)) {
                    throw new IOException("the body ended inside a part");
                }
            }
        }

        private int indexOfDelimiter() {
            outer:
            for (int i = start; i + delimiter.length <= end; i++) {
                for (int j = 0; j < delimiter.length; j++) {
                    if (buffer[i + j] != delimiter[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /** How many of the last unread bytes may be the beginning of the delimiter. */
        private int partialDelimiterAtEnd() {
            for (int length = Math.min(delimiter.length - 1, end - start); length > 0; length--) {
                boolean prefix = true;
                for (int j = 0; j < length && prefix; j++) {
                    prefix = buffer[end - length + j] == delimiter[j];
                }
                if (prefix) {
                    return length;
                }
            }
            return 0;
        }
    }
}
