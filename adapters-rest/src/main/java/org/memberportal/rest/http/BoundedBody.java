package org.memberportal.rest.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request body of unannounced length (chunked) read up to the limit before anything parses it:
 * within the limit the request goes on with the bytes read, beyond it the caller answers 413.
 */
final class BoundedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    private BoundedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body in memory, or empty when the body exceeds {@code limit} bytes. */
    static Optional<HttpServletRequest> read(HttpServletRequest request, long limit) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        InputStream in = request.getInputStream();
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            read.write(chunk, 0, n);
            if (read.size() > limit) {
                return Optional.empty();
            }
        }
        return Optional.of(new BoundedBody(request, read.toByteArray()));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body is read already");
            }
        };
    }
}
