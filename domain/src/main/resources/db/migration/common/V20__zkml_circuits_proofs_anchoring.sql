-- zkML on the platform and chain anchoring (services-zk, V20..V29).

-- The batch job that builds (built, failed to build) a version's circuit, so its progress can be shown with it.
ALTER TABLE model_version ADD COLUMN circuit_job_id BIGINT;

-- Optional anchoring of a verified proof on chain: where it stands, the transaction, the last error (retryable).
ALTER TABLE proof ADD COLUMN anchor_status VARCHAR(20);
ALTER TABLE proof ADD COLUMN anchor_tx VARCHAR(100);
ALTER TABLE proof ADD COLUMN anchor_reference VARCHAR(100);
ALTER TABLE proof ADD COLUMN anchor_error VARCHAR(4000);
ALTER TABLE proof ADD COLUMN anchored_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX proof_job_id ON proof (job_id);
