package io.aitbc.client.api;

/** The server answered an error: its HTTP status and the problem details' title and detail. */
public final class ApiException extends Exception {

    private final int status;

    public ApiException(int status, String title, String detail) {
        super("HTTP " + status + " " + title + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
