package io.aitbc.domain.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable version of a model: architecture, the ONNX file sealed at rest, zkML commitment, FHE profile,
 * circuit. Only the circuit's and the encoding's status change after registration.
 */
@Entity
@Table(name = "model_version")
public class ModelVersion {

    /** Longest stored reason why FHE or zkML is unavailable for a version. */
    public static final int MAX_REASON = 4000;

    @Id
    @SequenceGenerator(name = "model_version_seq", sequenceName = "model_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_version_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_id", nullable = false)
    private Model model;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "architecture_json", nullable = false)
    private String architectureJson;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "onnx_sealed")
    private byte[] onnxSealed;

    @Column(name = "onnx_size")
    private Long onnxSize;

    @Column(name = "onnx_sha256", length = 64)
    private String onnxSha256;

    @Column(name = "arch_hash", length = 100)
    private String archHash;

    @Column(name = "commitment", length = 100)
    private String commitment;

    @Column(name = "fhe_parameter_set", length = 100)
    private String fheParameterSet;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "fhe_profile_json")
    private String fheProfileJson;

    @Column(name = "fhe_unavailable", length = MAX_REASON)
    private String fheUnavailable;

    @Embedded
    private CircuitArtifacts circuit;

    @Embedded
    private ModelEncoding encoding;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ModelVersion() {
        // for JPA
    }

    ModelVersion(Model model, int number, ModelContent content, Instant now) {
        this.model = Objects.requireNonNull(model);
        this.number = number;
        this.architectureJson = content.architectureJson();
        this.onnxSealed = content.onnx().sealed();
        this.onnxSize = content.onnx().size();
        this.onnxSha256 = content.onnx().sha256();
        this.archHash = content.archHash();
        this.commitment = content.commitment();
        this.fheParameterSet = content.fhe().parameterSet();
        this.fheProfileJson = content.fhe().profileJson();
        this.fheUnavailable = truncate(content.fhe().unavailableReason());
        this.circuit = content.zkmlUnavailable() == null ? CircuitArtifacts.notBuilt()
                : CircuitArtifacts.failed(truncate(content.zkmlUnavailable()));
        this.encoding = ModelEncoding.notStarted();
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Model model() {
        return model;
    }

    public int number() {
        return number;
    }

    public String architectureJson() {
        return architectureJson;
    }

    /** The ONNX file sealed at rest (loaded on first access); only the server's encryption service opens it. */
    public Optional<byte[]> onnxSealed() {
        return Optional.ofNullable(onnxSealed).map(byte[]::clone);
    }

    /**
     * Replaces the sealed ONNX file by the same file sealed anew (e.g. its data key re-wrapped under the current
     * key-encryption key). The caller has checked that it opens to the registered file.
     */
    public void resealOnnx(byte[] sealed) {
        if (sealed == null || sealed.length == 0) {
            throw new IllegalArgumentException("the sealed ONNX bytes are missing");
        }
        this.onnxSealed = sealed.clone();
    }

    /** Size of the plaintext ONNX file in bytes, or null for versions registered before it was recorded. */
    public Long onnxSize() {
        return onnxSize;
    }

    /** SHA-256 (hex) of the plaintext ONNX file. */
    public String onnxSha256() {
        return onnxSha256;
    }

    /** The zkML architecture hash (decimal field element), if the model can be quantized. */
    public Optional<String> archHash() {
        return Optional.ofNullable(archHash);
    }

    public Optional<String> commitment() {
        return Optional.ofNullable(commitment);
    }

    public Optional<String> fheParameterSet() {
        return Optional.ofNullable(fheParameterSet);
    }

    /** The FHE profile (JSON) clients fetch to run this version encrypted, if it has one. */
    public Optional<String> fheProfileJson() {
        return Optional.ofNullable(fheProfileJson);
    }

    /** Why this version cannot run under FHE (e.g. ReLU without permission to approximate), if it cannot. */
    public Optional<String> fheUnavailableReason() {
        return Optional.ofNullable(fheUnavailable);
    }

    public CircuitArtifacts circuit() {
        return circuit;
    }

    public void updateCircuit(CircuitArtifacts artifacts) {
        this.circuit = Objects.requireNonNull(artifacts);
    }

    /** The encoding by its batch job (weights sealed under the current key, FHE network prepared). */
    public ModelEncoding encoding() {
        return encoding == null ? ModelEncoding.notStarted() : encoding;
    }

    public void updateEncoding(ModelEncoding e) {
        this.encoding = Objects.requireNonNull(e);
    }

    public Instant createdAt() {
        return createdAt;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
