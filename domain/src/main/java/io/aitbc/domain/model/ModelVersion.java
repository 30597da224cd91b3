package io.aitbc.domain.model;

import io.aitbc.domain.shared.Sha256;
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

/** One immutable version of a model: architecture, ONNX (bytes or reference), commitment, FHE parameters, circuit. */
@Entity
@Table(name = "model_version")
public class ModelVersion {

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
    @Column(name = "onnx_bytes")
    private byte[] onnx;

    @Column(name = "onnx_sha256", length = 64)
    private String onnxSha256;

    @Column(name = "onnx_reference", length = CircuitArtifacts.MAX_REF)
    private String onnxReference;

    @Column(name = "commitment", length = 100)
    private String commitment;

    @Column(name = "fhe_parameter_set", length = 100)
    private String fheParameterSet;

    @Embedded
    private CircuitArtifacts circuit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ModelVersion() {
        // for JPA
    }

    ModelVersion(Model model, int number, ModelContent content, Instant now) {
        this.model = Objects.requireNonNull(model);
        this.number = number;
        this.architectureJson = content.architectureJson();
        this.onnx = content.onnx();
        this.onnxSha256 = onnx == null ? null : Sha256.hex(onnx);
        this.onnxReference = content.onnxReference();
        this.commitment = content.commitment();
        this.fheParameterSet = content.fheParameterSet();
        this.circuit = CircuitArtifacts.notBuilt();
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

    /** The stored ONNX bytes (loaded on first access), if the bytes rather than a reference were stored. */
    public Optional<byte[]> onnx() {
        return Optional.ofNullable(onnx).map(byte[]::clone);
    }

    public String onnxSha256() {
        return onnxSha256;
    }

    public Optional<String> onnxReference() {
        return Optional.ofNullable(onnxReference);
    }

    public Optional<String> commitment() {
        return Optional.ofNullable(commitment);
    }

    public Optional<String> fheParameterSet() {
        return Optional.ofNullable(fheParameterSet);
    }

    public CircuitArtifacts circuit() {
        return circuit;
    }

    public void updateCircuit(CircuitArtifacts artifacts) {
        this.circuit = Objects.requireNonNull(artifacts);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
