package io.aitbc.model.fhe;

import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.model.ir.FloatInference;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a freshly compiled model on a few inputs under encryption (fresh keys, as a client would) and
 * records the largest logit error against plaintext inference of the effective model, and the class
 * agreement, in the profile's {@link PrecisionReport}.
 */
final class CompileTimeVerification {

    private CompileTimeVerification() {}

    static CompiledFheModel run(CompiledFheModel compiled, List<double[]> samples, int count) {
        List<double[]> inputs = new ArrayList<>(samples.subList(0, Math.min(count, samples.size())));
        SplittableRandom random = new SplittableRandom(5);
        while (inputs.size() < count) {
            double[] x = new double[compiled.model().inputShape().size()];
            for (int i = 0; i < x.length; i++) x[i] = random.nextDouble();
            inputs.add(x);
        }
        FheClient client = FheClient.forProfile(compiled.profile());
        FheKeySet keys = client.generateKeys();
        FheModelEvaluator server = FheModelEvaluator.create(compiled, keys.evaluationKeys(), Runtime.getRuntime().availableProcessors());
        double maxError = 0;
        int agree = 0;
        for (double[] x : inputs) {
            Ciphertext out = server.evaluate(client.encrypt(keys, x), null);
            double[] logits = client.decryptLogits(keys, out);
            double[] expected = compiled.reference().logits(x);
            for (int i = 0; i < logits.length; i++) maxError = Math.max(maxError, Math.abs(logits[i] - expected[i]));
            if (FheClient.predictedClass(logits) == FloatInference.argmax(expected)) agree++;
        }
        FheProfile p = compiled.profile();
        PrecisionReport old = p.precision();
        PrecisionReport precision = new PrecisionReport(old.calibrationSamples(), old.approximationAgreement(), old.originalAccuracy(),
                old.approximatedAccuracy(), old.maxAbsLogit(), inputs.size(), maxError, agree / (double) inputs.size());
        FheProfile updated = new FheProfile(p.format(), p.modelDigest(), p.scheme(), p.parameters(), p.inputShape(), p.inputPacking(),
                p.inputLevel(), p.outputLength(), p.outputPeriod(), p.rotationSteps(), p.relinearization(), p.depth(), p.layers(),
                p.activations(), precision);
        return new CompiledFheModel(updated, compiled.parameters(), compiled.network(), compiled.model(), compiled.reference());
    }
}
