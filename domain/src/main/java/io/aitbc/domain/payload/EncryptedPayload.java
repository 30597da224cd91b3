package io.aitbc.domain.payload;

import io.aitbc.domain.shared.Sha256;
import io.aitbc.domain.shared.Subject;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Bytes submitted to or produced by a job (an FHE ciphertext, a sealed input or result), with their scheme. */
@Entity
@Table(name = "encrypted_payload")
public class EncryptedPayload {

    @Id
    @SequenceGenerator(name = "encrypted_payload_seq", sequenceName = "encrypted_payload_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "encrypted_payload_seq")
    private Long id;

    @Column(name = "owner_subject", nullable = false, length = Subject.MAX_LENGTH)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PayloadScheme scheme;

    /** FHE parameter set or HPKE suite the bytes belong to; mixing them up is caught at this boundary. */
    @Column(name = "parameter_set", nullable = false, length = 100)
    private String parameterSet;

    @Column(name = "key_set_id")
    private Long keySetId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EncryptedPayload() {
        // for JPA
    }

    /**
     * @param keySetId the key set an FHE ciphertext was encrypted under, or null for other schemes
     */
    public EncryptedPayload(String owner, PayloadScheme scheme, String parameterSet, Long keySetId, byte[] content,
                            Instant now) {
        this.owner = Subject.require(owner);
        this.scheme = Objects.requireNonNull(scheme);
        this.parameterSet = Objects.requireNonNull(parameterSet);
        boolean fhe = scheme == PayloadScheme.CKKS || scheme == PayloadScheme.BFV;
        if (fhe && keySetId == null) {
            throw new IllegalArgumentException("an FHE ciphertext must name the key set it was encrypted under");
        }
        this.keySetId = keySetId;
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("a payload cannot be empty");
        }
        this.content = content.clone();
        this.sha256 = Sha256.hex(content);
        this.sizeBytes = content.length;
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public PayloadScheme scheme() {
        return scheme;
    }

    public String parameterSet() {
        return parameterSet;
    }

    public Long keySetId() {
        return keySetId;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
