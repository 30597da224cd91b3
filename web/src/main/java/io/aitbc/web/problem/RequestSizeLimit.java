package io.aitbc.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request size limits: a declared Content-Length over the limit is refused before reading; a body without
 * one (chunked) is counted while it is read. The default limit is {@code aitbc.api.max-body-bytes}; an
 * endpoint may declare its own with {@link MaxRequestBody}.
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter, ReaderInterceptor {

    private static final String LIMIT = RequestSizeLimit.class.getName() + ".limit";

    @Inject
    @ConfigProperty(name = "aitbc.api.max-body-bytes", defaultValue = "1048576")
    long defaultLimit;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limit();
        request.setProperty(LIMIT, limit);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parse(declared) > limit) {
            throw new WebApplicationException(new RequestBodyTooLargeException(limit), 413);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object limit = context.getProperty(LIMIT);
        long max = limit instanceof Long l ? l : defaultLimit;
        context.setInputStream(new LimitedInputStream(context.getInputStream(), max));
        return context.proceed();
    }

    private long limit() {
        MaxRequestBody m = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(MaxRequestBody.class);
        if (m == null && resource.getResourceClass() != null) {
            m = resource.getResourceClass().getAnnotation(MaxRequestBody.class);
        }
        return m == null ? defaultLimit : m.value();
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // a malformed length is refused like an oversized one
        }
    }

    /** Fails the read as soon as more than {@code max} bytes arrive. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long max;
        private long count;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLargeException {
            count += n;
            if (count > max) {
                throw new RequestBodyTooLargeException(max);
            }
        }
    }
}
