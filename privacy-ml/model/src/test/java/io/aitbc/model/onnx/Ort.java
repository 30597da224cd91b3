package io.aitbc.model.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.aitbc.model.ir.Shape;
import java.nio.FloatBuffer;
import java.util.Map;

/** onnxruntime, the independent reference: runs an ONNX file on a batch of inputs. */
public final class Ort {

    private Ort() {
    }

    /** Runs {@code onnx} on each row of {@code inputs} (one batch); returns one output vector per row. */
    public static double[][] run(byte[] onnx, Shape inputShape, double[][] inputs) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int n = inputs.length;
        int size = inputShape.size();
        float[] flat = new float[n * size];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < size; j++) {
                flat[i * size + j] = (float) inputs[i][j];
            }
        }
        long[] dims = new long[inputShape.rank() + 1];
        dims[0] = n;
        for (int i = 0; i < inputShape.rank(); i++) {
            dims[i + 1] = inputShape.dim(i);
        }
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(1);
            try (OrtSession s = env.createSession(onnx, opts);
                 OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), dims);
                 OrtSession.Result r = s.run(Map.of(s.getInputNames().iterator().next(), t))) {
                OnnxTensor out = (OnnxTensor) r.get(0);
                FloatBuffer fb = out.getFloatBuffer();
                int k = fb.remaining() / n;
                double[][] result = new double[n][k];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < k; j++) {
                        result[i][j] = fb.get(i * k + j);
                    }
                }
                return result;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime failed: " + e.getMessage(), e);
        }
    }
}
