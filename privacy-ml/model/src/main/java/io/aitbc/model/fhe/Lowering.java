package io.aitbc.model.fhe;

import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Reshape;
import io.aitbc.model.ir.Square;
import java.util.ArrayList;
import java.util.List;

/**
 * A model as alternating runs of linear layers (fused into one affine map each) and element-wise
 * activations, on flat row-major vectors.
 */
final class Lowering {

    private Lowering() {}

    sealed interface Item permits Linear, Activation {}

    /** Consecutive linear or shape-only layers. */
    record Linear(List<Layer> layers) implements Item {

        /** The fused map, or null when every layer only reinterprets the shape. */
        Affine flat() {
            Affine acc = null;
            for (Layer l : layers) {
                Affine a = Affine.of(l);
                if (a != null) acc = acc == null ? a : acc.then(a);
            }
            return acc;
        }

        /** The first layer that computes something is a convolution (im2col packing applies to it). */
        Conv2d leadingConv() {
            for (Layer l : layers) {
                if (l instanceof Conv2d c) return c;
                if (!(l instanceof Flatten || l instanceof Reshape)) return null;
            }
            return null;
        }

        /** The fused map on the im2col input of the leading convolution. */
        Affine im2col() {
            Conv2d conv = leadingConv();
            Affine acc = Affine.im2colConv(conv);
            boolean after = false;
            for (Layer l : layers) {
                if (l == conv) { after = true; continue; }
                Affine a = after ? Affine.of(l) : null;
                if (a != null) acc = acc.then(a);
            }
            return acc;
        }
    }

    /** An element-wise activation at layer {@code index} of the model. */
    record Activation(int index, Layer layer) implements Item {}

    static List<Item> lower(Model model) {
        List<Item> items = new ArrayList<>();
        List<Layer> run = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            Layer l = model.layers().get(i);
            switch (l) {
                case Dense d -> run.add(d);
                case Conv2d c -> run.add(c);
                case AveragePool p -> run.add(p);
                case Flatten f -> run.add(f);
                case Reshape r -> run.add(r);
                case Relu r -> flushThen(items, run, new Activation(i, r));
                case Square s -> flushThen(items, run, new Activation(i, s));
                case Polynomial p -> flushThen(items, run, new Activation(i, p));
            }
        }
        if (!run.isEmpty()) items.add(new Linear(List.copyOf(run)));
        return items;
    }

    private static void flushThen(List<Item> items, List<Layer> run, Activation a) {
        if (!run.isEmpty()) items.add(new Linear(List.copyOf(run)));
        run.clear();
        items.add(a);
    }
}
