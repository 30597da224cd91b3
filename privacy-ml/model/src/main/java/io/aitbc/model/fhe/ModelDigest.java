package io.aitbc.model.fhe;

import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Window;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a model's shapes, operators, windows and exact weights: ties a profile to one model. */
final class ModelDigest {

    private ModelDigest() {}

    static String of(Model model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("aitbc-model-digest/1");
            shape(out, model.inputShape());
            out.writeInt(model.layers().size());
            for (Layer l : model.layers()) {
                out.writeUTF(l.op());
                shape(out, l.inputShape());
                shape(out, l.outputShape());
                switch (l) {
                    case Dense d -> { tensor(out, d.weights()); tensor(out, d.bias()); }
                    case Conv2d c -> { tensor(out, c.weights()); tensor(out, c.bias()); window(out, c.window()); }
                    case AveragePool p -> window(out, p.window());
                    case Polynomial p -> { for (double v : p.coefficients()) out.writeLong(Double.doubleToLongBits(v)); }
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shape(DataOutputStream out, Shape s) throws IOException {
        out.writeInt(s.rank());
        for (int d : s.dims()) out.writeInt(d);
    }

    private static void tensor(DataOutputStream out, RealTensor t) throws IOException {
        shape(out, t.shape());
        for (int i = 0; i < t.size(); i++) out.writeLong(Double.doubleToLongBits(t.at(i)));
    }

    private static void window(DataOutputStream out, Window w) throws IOException {
        for (int v : new int[] {w.kernelH(), w.kernelW(), w.strideH(), w.strideW(), w.padding().top(), w.padding().left(),
                w.padding().bottom(), w.padding().right()}) out.writeInt(v);
    }
}
