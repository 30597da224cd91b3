package io.aitbc.domain.shared;

import java.util.Objects;

/** Validation helpers for the identity (JWT subject) stored as owner of an entity. */
public final class Subject {

    public static final int MAX_LENGTH = 255;

    private Subject() {
    }

    public static String require(String subject) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a subject must have 1.." + MAX_LENGTH + " characters");
        }
        return subject;
    }
}
