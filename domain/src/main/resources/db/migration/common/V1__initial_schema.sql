-- AITBC schema for H2 and PostgreSQL. Types that differ are Flyway placeholders set by DatabaseMigration:
-- ${bytes} (BLOB / BYTEA) and ${text} (CLOB / TEXT).
-- Sequences start at their increment: EclipseLink takes the returned value as the end of its block.

CREATE SEQUENCE ml_model_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE model_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE key_set_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE encrypted_payload_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE inference_job_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE proof_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE marketplace_listing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ml_model (
    id            BIGINT PRIMARY KEY,
    owner_subject VARCHAR(255)  NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    created_at    TIMESTAMP WITH TIME ZONE     NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE     NOT NULL,
    row_version   BIGINT        NOT NULL
);
CREATE INDEX ml_model_owner ON ml_model (owner_subject);

CREATE TABLE model_version (
    id                   BIGINT PRIMARY KEY,
    model_id             BIGINT        NOT NULL REFERENCES ml_model (id),
    version_number       INT           NOT NULL,
    architecture_json    ${text}        NOT NULL,
    onnx_bytes           ${bytes},
    onnx_sha256          VARCHAR(64),
    onnx_reference       VARCHAR(1000),
    commitment           VARCHAR(100),
    fhe_parameter_set    VARCHAR(100),
    circuit_status       VARCHAR(20)   NOT NULL,
    circuit_wasm_ref     VARCHAR(1000),
    circuit_r1cs_ref     VARCHAR(1000),
    proving_key_ref      VARCHAR(1000),
    verification_key_ref VARCHAR(1000),
    circuit_error        VARCHAR(4000),
    created_at           TIMESTAMP WITH TIME ZONE     NOT NULL,
    CONSTRAINT model_version_number UNIQUE (model_id, version_number)
);

CREATE TABLE key_set (
    id              BIGINT PRIMARY KEY,
    owner_subject   VARCHAR(255) NOT NULL,
    scheme          VARCHAR(10)  NOT NULL,
    parameter_set   VARCHAR(100) NOT NULL,
    public_key      ${bytes}         NOT NULL,
    evaluation_keys ${bytes},
    keys_sha256     VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE    NOT NULL
);
CREATE INDEX key_set_owner ON key_set (owner_subject);

CREATE TABLE encrypted_payload (
    id             BIGINT PRIMARY KEY,
    owner_subject  VARCHAR(255) NOT NULL,
    scheme         VARCHAR(20)  NOT NULL,
    parameter_set  VARCHAR(100) NOT NULL,
    key_set_id     BIGINT REFERENCES key_set (id),
    content        ${bytes}         NOT NULL,
    content_sha256 VARCHAR(64)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE    NOT NULL
);

CREATE TABLE proof (
    id                  BIGINT PRIMARY KEY,
    job_id              BIGINT,
    model_version_id    BIGINT      NOT NULL REFERENCES model_version (id),
    proof_system        VARCHAR(30) NOT NULL,
    proof_json          ${text}      NOT NULL,
    public_signals_json ${text}      NOT NULL,
    verification_status VARCHAR(20) NOT NULL,
    verified_at         TIMESTAMP WITH TIME ZONE,
    verification_micros BIGINT,
    created_at          TIMESTAMP WITH TIME ZONE   NOT NULL
);

CREATE TABLE inference_job (
    id                    BIGINT PRIMARY KEY,
    owner_subject         VARCHAR(255)  NOT NULL,
    model_version_id      BIGINT        NOT NULL REFERENCES model_version (id),
    kind                  VARCHAR(30)   NOT NULL,
    privacy_level         VARCHAR(10),
    verification_required BOOLEAN       NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    progress_percent      INT           NOT NULL,
    progress_step         VARCHAR(200),
    progress_eta          TIMESTAMP WITH TIME ZONE,
    error                 VARCHAR(4000),
    input_payload_id      BIGINT REFERENCES encrypted_payload (id),
    key_set_id            BIGINT REFERENCES key_set (id),
    result_payload_id     BIGINT REFERENCES encrypted_payload (id),
    proof_id              BIGINT REFERENCES proof (id),
    batch_execution_id    BIGINT,
    submitted_at          TIMESTAMP WITH TIME ZONE     NOT NULL,
    started_at            TIMESTAMP WITH TIME ZONE,
    finished_at           TIMESTAMP WITH TIME ZONE,
    row_version           BIGINT        NOT NULL
);
CREATE INDEX inference_job_owner ON inference_job (owner_subject);
CREATE INDEX inference_job_status ON inference_job (status);
ALTER TABLE proof ADD CONSTRAINT proof_job FOREIGN KEY (job_id) REFERENCES inference_job (id);

CREATE TABLE marketplace_listing (
    id                BIGINT PRIMARY KEY,
    model_id          BIGINT         NOT NULL REFERENCES ml_model (id),
    owner_subject     VARCHAR(255)   NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    description       VARCHAR(4000),
    status            VARCHAR(10)    NOT NULL,
    price_fhe         NUMERIC(19, 6),
    price_zkml        NUMERIC(19, 6),
    price_hybrid      NUMERIC(19, 6),
    fhe_latency_ms    BIGINT,
    zkml_latency_ms   BIGINT,
    hybrid_latency_ms BIGINT,
    proof_verify_ms   BIGINT,
    measured_at       TIMESTAMP WITH TIME ZONE,
    verified_proofs   BIGINT         NOT NULL,
    failed_proofs     BIGINT         NOT NULL,
    completed_jobs    BIGINT         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE      NOT NULL,
    row_version       BIGINT         NOT NULL
);
CREATE INDEX marketplace_listing_model ON marketplace_listing (model_id);
