package io.aitbc.domain.model;

/** Where the encoding of a model version by its batch job stands (weights sealed at rest, FHE network prepared). */
public enum EncodingStatus {
    NOT_STARTED, ENCODING, READY, FAILED
}
