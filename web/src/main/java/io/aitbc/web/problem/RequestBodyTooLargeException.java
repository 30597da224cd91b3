package io.aitbc.web.problem;

import java.io.IOException;

/** Thrown while reading a request body that exceeds the endpoint's limit; becomes a 413. */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes for this endpoint");
    }
}
