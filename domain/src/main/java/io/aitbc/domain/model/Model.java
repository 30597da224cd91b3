package io.aitbc.domain.model;

import io.aitbc.domain.shared.Subject;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A machine-learning model registered by its owner; its content lives in numbered, immutable versions. */
@Entity
@Table(name = "ml_model")
public class Model {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @SequenceGenerator(name = "ml_model_seq", sequenceName = "ml_model_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ml_model_seq")
    private Long id;

    @Column(name = "owner_subject", nullable = false, length = Subject.MAX_LENGTH)
    private String owner;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "model", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<ModelVersion> versions = new ArrayList<>();

    protected Model() {
        // for JPA
    }

    public Model(String owner, String name, String description, Instant now) {
        this.owner = Subject.require(owner);
        this.name = requireName(name);
        this.description = description;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void describe(String newName, String newDescription, Instant now) {
        this.name = requireName(newName);
        this.description = newDescription;
        this.updatedAt = now;
    }

    public List<ModelVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public Optional<ModelVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<ModelVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** Adds the next version (1, 2, ...); versions are never changed afterwards, only their circuit status. */
    public ModelVersion addVersion(ModelContent content, Instant now) {
        int next = latestVersion().map(v -> v.number() + 1).orElse(1);
        ModelVersion v = new ModelVersion(this, next, content, now);
        versions.add(v);
        this.updatedAt = now;
        return v;
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a model name must have 1.." + MAX_NAME + " characters");
        }
        return name;
    }
}
