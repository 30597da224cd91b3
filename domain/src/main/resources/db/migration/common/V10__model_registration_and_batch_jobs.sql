-- Model registration from ONNX, FHE inference and the batch job infrastructure (services-fhe, V10..V19).

-- A registered version keeps its ONNX file only sealed at rest (AES-256-GCM envelope bound to model id and
-- version), the zkML architecture hash, and its FHE profile or the reason it has none.
ALTER TABLE model_version ADD COLUMN onnx_sealed ${bytes};
ALTER TABLE model_version ADD COLUMN onnx_size BIGINT;
ALTER TABLE model_version ADD COLUMN arch_hash VARCHAR(100);
ALTER TABLE model_version ADD COLUMN fhe_profile_json ${text};
ALTER TABLE model_version ADD COLUMN fhe_unavailable VARCHAR(4000);

-- Which Jakarta Batch job runs a job (to launch or restart it after a crash) and how often it was restarted.
ALTER TABLE inference_job ADD COLUMN batch_job_name VARCHAR(100);
ALTER TABLE inference_job ADD COLUMN restarts INT DEFAULT 0 NOT NULL;

-- The state a restartable job resumes from: written in the same transaction as the batch checkpoint.
CREATE TABLE job_checkpoint (
    job_id     BIGINT PRIMARY KEY REFERENCES inference_job (id),
    step       INT                      NOT NULL,
    state      ${bytes}                 NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Key set sizes, so that listing key sets does not load the keys (evaluation keys are megabytes).
ALTER TABLE key_set ADD COLUMN public_key_size BIGINT;
ALTER TABLE key_set ADD COLUMN evaluation_keys_size BIGINT;
