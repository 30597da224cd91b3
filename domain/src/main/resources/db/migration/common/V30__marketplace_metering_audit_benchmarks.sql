-- Product (marketplace, security, benchmarks): usage records for billing, proof verification history for
-- reputation, the audit log, benchmark results, idempotency keys of job submissions, and the plaintext
-- reference latency of a listing. Same placeholders as V1.

CREATE SEQUENCE usage_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE proof_verification_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE benchmark_result_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE job_submission_key_seq START WITH 50 INCREMENT BY 50;

-- One row per completed inference job (the unique job id makes metering idempotent).
CREATE TABLE usage_record (
    id               BIGINT PRIMARY KEY,
    job_id           BIGINT         NOT NULL REFERENCES inference_job (id),
    consumer_subject VARCHAR(255)   NOT NULL,
    owner_subject    VARCHAR(255)   NOT NULL,
    model_id         BIGINT         NOT NULL,
    model_version    INT            NOT NULL,
    listing_id       BIGINT,
    privacy_level    VARCHAR(10)    NOT NULL,
    units            INT            NOT NULL,
    unit_price       NUMERIC(19, 6) NOT NULL,
    amount           NUMERIC(19, 6) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT usage_record_job UNIQUE (job_id)
);
CREATE INDEX usage_record_consumer ON usage_record (consumer_subject);
CREATE INDEX usage_record_owner ON usage_record (owner_subject);

-- Every verification of a proof, verified or rejected (the listing counters are derived from these).
CREATE TABLE proof_verification (
    id          BIGINT PRIMARY KEY,
    model_id    BIGINT      NOT NULL,
    proof_id    BIGINT,
    outcome     VARCHAR(10) NOT NULL,
    micros      BIGINT,
    verified_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX proof_verification_model ON proof_verification (model_id);

CREATE TABLE audit_event (
    id             BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject  VARCHAR(255)  NOT NULL,
    actor_roles    VARCHAR(100),
    action         VARCHAR(200)  NOT NULL,
    target         VARCHAR(500),
    outcome        VARCHAR(10)   NOT NULL,
    http_status    INT,
    client_address VARCHAR(64),
    detail         VARCHAR(1000)
);
CREATE INDEX audit_event_actor ON audit_event (actor_subject);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);

CREATE TABLE benchmark_result (
    id               BIGINT PRIMARY KEY,
    model_id         BIGINT       NOT NULL,
    model_version_id BIGINT       NOT NULL REFERENCES model_version (id),
    version_number   INT          NOT NULL,
    benchmark        VARCHAR(40)  NOT NULL,
    samples          INT          NOT NULL,
    median_micros    BIGINT       NOT NULL,
    p95_micros       BIGINT       NOT NULL,
    min_micros       BIGINT       NOT NULL,
    max_micros       BIGINT       NOT NULL,
    job_id           BIGINT,
    measured_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX benchmark_result_model ON benchmark_result (model_id);

-- A consumer's Idempotency-Key of a job submission: retrying a submission returns the same job.
CREATE TABLE job_submission_key (
    id              BIGINT PRIMARY KEY,
    owner_subject   VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    job_id          BIGINT       NOT NULL REFERENCES inference_job (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_submission_key_unique UNIQUE (owner_subject, idempotency_key)
);

ALTER TABLE marketplace_listing ADD COLUMN plaintext_latency_micros BIGINT;
