package io.aitbc.console.sso;

/** A console login that cannot complete (the reason is logged and the user sees 401, never the details). */
final class LoginException extends Exception {

    LoginException(String message) {
        super(message);
    }

    LoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
