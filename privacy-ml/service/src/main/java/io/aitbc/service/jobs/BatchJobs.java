package io.aitbc.service.jobs;

/** Conventions shared by the services that queue batch jobs and the batch module that runs them. */
public final class BatchJobs {

    /** The job parameter (and batch property) carrying the {@link io.aitbc.domain.job.InferenceJob} id. */
    public static final String JOB_ID = "jobId";

    /** The batch job (META-INF/batch-jobs/fhe-inference.xml) that evaluates a model on a ciphertext. */
    public static final String FHE_INFERENCE = "fhe-inference";

    /** The batch job (META-INF/batch-jobs/circuit-build.xml) that builds a version's zkML circuit and keys. */
    public static final String CIRCUIT_BUILD = "circuit-build";

    /** The batch job (META-INF/batch-jobs/zkml-inference.xml) that proves, verifies and optionally anchors. */
    public static final String ZKML_INFERENCE = "zkml-inference";

    /** The batch job (META-INF/batch-jobs/model-encoding.xml) that seals a version's weights and precomputes its FHE plaintexts. */
    public static final String MODEL_ENCODING = "model-encoding";

    private BatchJobs() {
    }
}
