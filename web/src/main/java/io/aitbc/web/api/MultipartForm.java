package io.aitbc.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multipart/form-data body read into named parts (binary files and JSON fields). Unknown, repeated or
 * missing parts are a 400 naming them; JSON parts are bound and validated like JSON bodies. The whole body is
 * already limited in size by {@link io.aitbc.web.problem.RequestSizeLimit}.
 */
final class MultipartForm {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, byte[]> parts;

    private MultipartForm(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** Reads every part; only the {@code allowed} names are accepted. */
    static MultipartForm read(List<EntityPart> entityParts, Set<String> allowed) {
        if (entityParts == null) {
            throw new BadRequestException("a multipart/form-data body is required");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (EntityPart p : entityParts) {
            String name = p.getName();
            if (name == null || !allowed.contains(name)) {
                throw new BadRequestException("unexpected part '" + name + "' (expected " + String.join(", ", allowed) + ")");
            }
            if (parts.containsKey(name)) {
                throw new BadRequestException("part '" + name + "' is given twice");
            }
            try (InputStream in = p.getContent()) {
                parts.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a body over the size limit arrives here as RequestBodyTooLargeException
            }
        }
        return new MultipartForm(parts);
    }

    byte[] bytes(String name) {
        byte[] b = parts.get(name);
        if (b == null || b.length == 0) {
            throw new BadRequestException("part '" + name + "' is missing or empty");
        }
        return b;
    }

    boolean has(String name) {
        return parts.containsKey(name);
    }

    /** A JSON part bound to {@code type} and validated; {@code fallback} when the part is absent. */
    <T> T json(String name, Class<T> type, T fallback, Validator validator) {
        byte[] b = parts.get(name);
        if (b == null) {
            return fallback;
        }
        T value;
        try {
            value = JSON.fromJson(new String(b, StandardCharsets.UTF_8), type);
        } catch (JsonbException e) {
            throw new BadRequestException("part '" + name + "' is not valid JSON for this endpoint");
        }
        if (value == null) {
            throw new BadRequestException("part '" + name + "' is empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
