package io.aitbc.model.fhe;

import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.nn.EncryptedNetwork;
import io.aitbc.model.ir.Model;

/**
 * A model compiled for encrypted inference: its public {@link FheProfile}, the parameter set, the packed
 * network the server evaluates, and the plaintext computation the encrypted one equals
 * ({@code reference}: the original model with approximated activations as their polynomials). Server side; the
 * network holds the model's weights. Produced by {@link FheCompiler}.
 */
public record CompiledFheModel(FheProfile profile, CkksParameters parameters, EncryptedNetwork network, Model model,
                               ReferenceModel reference) {
}
