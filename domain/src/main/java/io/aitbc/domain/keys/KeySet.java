package io.aitbc.domain.keys;

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

/**
 * A consumer's public and evaluation keys (relinearization, Galois) for one FHE parameter set, in the
 * fhe module's serialization. Secret keys never reach the server, so there is no field for one.
 */
@Entity
@Table(name = "key_set")
public class KeySet {

    @Id
    @SequenceGenerator(name = "key_set_seq", sequenceName = "key_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_set_seq")
    private Long id;

    @Column(name = "owner_subject", nullable = false, length = Subject.MAX_LENGTH)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FheScheme scheme;

    @Column(name = "parameter_set", nullable = false, length = 100)
    private String parameterSet;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "evaluation_keys")
    private byte[] evaluationKeys;

    @Column(name = "public_key_size")
    private Long publicKeySize;

    @Column(name = "evaluation_keys_size")
    private Long evaluationKeysSize;

    @Column(name = "keys_sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected KeySet() {
        // for JPA
    }

    public KeySet(String owner, FheScheme scheme, String parameterSet, byte[] publicKey, byte[] evaluationKeys,
                  Instant now) {
        this.owner = Subject.require(owner);
        this.scheme = Objects.requireNonNull(scheme);
        this.parameterSet = Objects.requireNonNull(parameterSet);
        if (publicKey == null || publicKey.length == 0) {
            throw new IllegalArgumentException("a key set needs a public key");
        }
        this.publicKey = publicKey.clone();
        this.evaluationKeys = evaluationKeys == null ? null : evaluationKeys.clone();
        this.publicKeySize = (long) publicKey.length;
        this.evaluationKeysSize = evaluationKeys == null ? 0L : evaluationKeys.length;
        this.sha256 = Sha256.hex(concat(publicKey, evaluationKeys));
        this.createdAt = Objects.requireNonNull(now);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (b == null) {
            return a;
        }
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
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

    public FheScheme scheme() {
        return scheme;
    }

    public String parameterSet() {
        return parameterSet;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public byte[] evaluationKeys() {
        return evaluationKeys == null ? new byte[0] : evaluationKeys.clone();
    }

    /** Size of the public key in bytes, without loading it. */
    public long publicKeySize() {
        return publicKeySize == null ? publicKey().length : publicKeySize;
    }

    /** Size of the evaluation keys in bytes, without loading them. */
    public long evaluationKeysSize() {
        return evaluationKeysSize == null ? evaluationKeys().length : evaluationKeysSize;
    }

    /** SHA-256 over public key then evaluation keys. */
    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
