package io.aitbc.model.zkml;

import io.aitbc.model.commit.FieldPacking;

/**
 * One private parameter input of a model's circuit: {@code w<p>} or {@code b<p>} of the p-th Dense/Conv layer
 * (circuits/README.md), with its length and the width it is packed and range-checked to.
 */
public record ParameterTensor(String name, int size, int bits) {

    /** Field elements this tensor packs into: {@code ceil(size / floor(248 / bits))} (ZKML-SPEC §3). */
    public int packedLength() {
        int k = FieldPacking.valuesPerElement(bits);
        return (size + k - 1) / k;
    }
}
