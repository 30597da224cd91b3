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

    @Column(name = "circuit_error", length = 4000)
    private String error;

    protected CircuitArtifacts() {
        // for JPA
    }

    private CircuitArtifacts(CircuitStatus status, String wasm, String r1cs, String zkey, String vkey, String error) {
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

    public static CircuitArtifacts ready(String wasm, String r1cs, String zkey, String vkey) {
        return new CircuitArtifacts(CircuitStatus.READY, Objects.requireNonNull(wasm), Objects.requireNonNull(r1cs),
                Objects.requireNonNull(zkey), Objects.requireNonNull(vkey), null);
    }

    public static CircuitArtifacts failed(String reason) {
        return new CircuitArtifacts(CircuitStatus.FAILED, null, null, null, null, Objects.requireNonNull(reason));
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
}
