-- Model encoding (the model-encoding batch job, V40..V49).

-- Where a version's encoding stands (the job checks the sealed weights and re-wraps them under the current key, then
-- builds the version's FHE network and encodes its plaintexts on the server), the job that runs or ran it, and why it
-- failed. Versions registered before this migration have not been encoded.
ALTER TABLE model_version ADD COLUMN encoding_status VARCHAR(20) DEFAULT 'NOT_STARTED' NOT NULL;
ALTER TABLE model_version ADD COLUMN encoding_job_id BIGINT;
ALTER TABLE model_version ADD COLUMN encoding_error VARCHAR(4000);
