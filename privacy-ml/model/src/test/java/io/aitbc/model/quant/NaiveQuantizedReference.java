package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;
import java.math.BigInteger;

/**
 * docs/ZKML-SPEC.md §2 written again as plainly as possible, with BigInteger and direct index arithmetic
 * (no WindowGather, no shifts): the test oracle for QuantizedInference.
 */
final class NaiveQuantizedReference {

    private NaiveQuantizedReference() {
    }

    static long[] logits(QuantizedModel m, long[] x) {
        BigInteger[] v = new BigInteger[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = BigInteger.valueOf(x[i]);
        }
        for (QuantizedLayer layer : m.layers()) {
            v = switch (layer) {
                case QDense d -> dense(d, v);
                case QConv2d c -> conv(c, v);
                case QAveragePool a -> pool(a, v);
                case QRelu r -> map(v, t -> t.signum() < 0 ? BigInteger.ZERO : t);
                case QSquare s -> map(v, t -> floorDiv(t.multiply(t), m.params().fA()));
                case QReshape r -> v;
            };
        }
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].longValueExact();
        }
        return out;
    }

    private static BigInteger floorDiv(BigInteger a, int s) {
        BigInteger[] qr = a.divideAndRemainder(BigInteger.ONE.shiftLeft(s));
        BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        if (q.bitLength() > 31) {
            throw new QuantizationRangeException("naive: out of range");
        }
        return q;
    }

    private static BigInteger[] dense(QDense d, BigInteger[] x) {
        BigInteger[] y = new BigInteger[d.outputs()];
        for (int o = 0; o < y.length; o++) {
            BigInteger acc = BigInteger.valueOf(d.bias().at(o));
            for (int i = 0; i < d.inputs(); i++) {
                acc = acc.add(BigInteger.valueOf(d.weights().at(o * d.inputs() + i)).multiply(x[i]));
            }
            y[o] = floorDiv(acc, d.weightFractionBits());
        }
        return y;
    }

    private static BigInteger[] conv(QConv2d c, BigInteger[] x) {
        Shape in = c.inputShape();
        Shape out = c.outputShape();
        int ic = in.dim(0), ih = in.dim(1), iw = in.dim(2);
        int kh = c.window().kernelH(), kw = c.window().kernelW();
        BigInteger[] y = new BigInteger[out.size()];
        for (int oc = 0; oc < out.dim(0); oc++) {
            for (int oy = 0; oy < out.dim(1); oy++) {
                for (int ox = 0; ox < out.dim(2); ox++) {
                    BigInteger acc = BigInteger.valueOf(c.bias().at(oc));
                    for (int ch = 0; ch < ic; ch++) {
                        for (int a = 0; a < kh; a++) {
                            for (int b = 0; b < kw; b++) {
                                int yy = oy * c.window().strideH() - c.window().padding().top() + a;
                                int xx = ox * c.window().strideW() - c.window().padding().left() + b;
                                if (yy < 0 || yy >= ih || xx < 0 || xx >= iw) {
                                    continue;
                                }
                                long w = c.weights().at(((oc * ic + ch) * kh + a) * kw + b);
                                acc = acc.add(BigInteger.valueOf(w).multiply(x[(ch * ih + yy) * iw + xx]));
                            }
                        }
                    }
                    y[(oc * out.dim(1) + oy) * out.dim(2) + ox] = floorDiv(acc, c.weightFractionBits());
                }
            }
        }
        return y;
    }

    private static BigInteger[] pool(QAveragePool p, BigInteger[] x) {
        Shape in = p.inputShape();
        Shape out = p.outputShape();
        int k = p.kernel();
        BigInteger[] y = new BigInteger[out.size()];
        for (int ch = 0; ch < out.dim(0); ch++) {
            for (int oy = 0; oy < out.dim(1); oy++) {
                for (int ox = 0; ox < out.dim(2); ox++) {
                    BigInteger sum = BigInteger.ZERO;
                    for (int a = 0; a < k; a++) {
                        for (int b = 0; b < k; b++) {
                            sum = sum.add(x[(ch * in.dim(1) + oy * k + a) * in.dim(2) + ox * k + b]);
                        }
                    }
                    y[(ch * out.dim(1) + oy) * out.dim(2) + ox] = floorDiv(sum, Integer.numberOfTrailingZeros(k * k));
                }
            }
        }
        return y;
    }

    private static BigInteger[] map(BigInteger[] v, java.util.function.UnaryOperator<BigInteger> f) {
        BigInteger[] out = new BigInteger[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = f.apply(v[i]);
        }
        return out;
    }
}
