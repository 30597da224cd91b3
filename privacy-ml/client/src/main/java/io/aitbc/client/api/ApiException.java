package io.aitbc.client.api;

/**
 * The server refused a request: HTTP status and the problem details it answered (RFC 9457 title and detail),
 * or the server could not be reached (status 0).
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;

    public ApiException(int status, String title, String detail) {
        super(status == 0 ? detail : "HTTP " + status + " " + title + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
