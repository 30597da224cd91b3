package io.aitbc.domain.model;

/** Where the zkML circuit of a model version stands (built and set up by a batch job). */
public enum CircuitStatus {
    NOT_BUILT, BUILDING, READY, FAILED
}
