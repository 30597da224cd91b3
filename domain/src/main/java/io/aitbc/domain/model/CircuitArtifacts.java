package io.aitbc.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The zkML circuit of a model version: its status and references (URIs) to the compiled circuit (wasm,
 * r1cs), the proving key (zkey) and the verification key. The files themselves live in artifact storage.
 */
@Embeddable
public class CircuitArtifacts {

    public static final int MAX_REF = 1000;
    public static final int MAX_ERROR = 4000;

    @Enumerated(EnumType.STRING)
    @Column(name = "circuit_status", nullable = false, length = 20)
    private CircuitStatus status;

    @Column(name = "circuit_wasm_ref", length = MAX_REF)
    private String wasmRef;

    @Column(name = "circuit_r1cs_ref", length = MAX_REF)
    private String r1csRef;

    @Column(name = "proving_key_ref", length = MAX_REF)
    private String provingKeyRef;

    @Column(name = "verification_key_ref", length = MAX_REF)
    private String verificationKeyRef;

    @Column(name = "circuit_error", length = MAX_ERROR)
    private String error;

    /** The job that builds (or built, or failed to build) the circuit, if one was started. */
    @Column(name = "circuit_job_id")
    private Long jobId;

    protected CircuitArtifacts() {
        // for JPA
    }

    private CircuitArtifacts(CircuitStatus status, String wasm, String r1cs, String zkey, String vkey, String error) {
        this(status, wasm, r1cs, zkey, vkey, error, null);
    }

    private CircuitArtifacts(CircuitStatus status, String wasm, String r1cs, String zkey, String vkey, String error,
                             Long jobId) {
        this.jobId = jobId;
        this.status = status;
        this.wasmRef = wasm;
        this.r1csRef = r1cs;
        this.provingKeyRef = zkey;
        this.verificationKeyRef = vkey;
        this.error = error;
    }

    public static CircuitArtifacts notBuilt() {
        return new CircuitArtifacts(CircuitStatus.NOT_BUILT, null, null, null, null, null);
    }

    public static CircuitArtifacts building() {
        return new CircuitArtifacts(CircuitStatus.BUILDING, null, null, null, null, null);
    }

    /** The circuit is being built by the job {@code jobId}. */
    public static CircuitArtifacts buildingBy(long jobId) {
        return new CircuitArtifacts(CircuitStatus.BUILDING, null, null, null, null, null, jobId);
    }

    /** This state, remembering the job that produced it (e.g. ready or failed, by the build job). */
    public CircuitArtifacts by(long buildJobId) {
        return new CircuitArtifacts(status, wasmRef, r1csRef, provingKeyRef, verificationKeyRef, error, buildJobId);
    }

    public static CircuitArtifacts ready(String wasm, String r1cs, String zkey, String vkey) {
        return new CircuitArtifacts(CircuitStatus.READY, Objects.requireNonNull(wasm), Objects.requireNonNull(r1cs),
                Objects.requireNonNull(zkey), Objects.requireNonNull(vkey), null);
    }

    public static CircuitArtifacts failed(String reason) {
        Objects.requireNonNull(reason);
        return new CircuitArtifacts(CircuitStatus.FAILED, null, null, null, null,
                reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR));
    }

    public CircuitStatus status() {
        return status;
    }

    public String wasmRef() {
        return wasmRef;
    }

    public String r1csRef() {
        return r1csRef;
    }

    public String provingKeyRef() {
        return provingKeyRef;
    }

    public String verificationKeyRef() {
        return verificationKeyRef;
    }

    public String error() {
        return error;
    }

    /** The job that builds or built the circuit, or null when none was started. */
    public Long jobId() {
        return jobId;
    }
}
