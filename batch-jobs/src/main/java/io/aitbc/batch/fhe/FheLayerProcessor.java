package io.aitbc.batch.fhe;

import io.aitbc.service.fhe.FheComputationService;
import io.aitbc.service.fhe.FheEvaluation;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Evaluates the next layer of the job's ciphertext. */
@Named("fheLayerProcessor")
@Dependent
public class FheLayerProcessor implements ItemProcessor {

    @Inject
    FheComputationService fhe;

    @Override
    public Object processItem(Object item) {
        FheEvaluation evaluation = (FheEvaluation) item;
        fhe.evaluateNextLayer(evaluation);
        return evaluation;
    }
}
