package io.aitbc.service.models;

import io.aitbc.domain.model.Model;
import java.time.Instant;

/** A model as callers see it. */
public record ModelView(long id, String owner, String name, String description, int versionCount,
                        Integer latestVersion, Instant createdAt, Instant updatedAt) {

    static ModelView of(Model m) {
        return new ModelView(m.id(), m.owner(), m.name(), m.description(), m.versions().size(),
                m.latestVersion().map(v -> v.number()).orElse(null), m.createdAt(), m.updatedAt());
    }
}
