package io.aitbc.domain.job;

/** What a job computes. Inference jobs carry a privacy level; the others prepare or measure a model version. */
public enum JobKind {
    INFERENCE, CIRCUIT_SETUP, MODEL_ENCRYPTION, BENCHMARK
}
