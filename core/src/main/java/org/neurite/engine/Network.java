package org.neurite.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.core.layers.Layer;
import org.neurite.core.spi.WeightSpec;

/**
 * A model's layers built for an input width: all weights in one flat buffer and all gradients in another,
 * with per-layer views in Keras order. Created once per model; never resized.
 */
public final class Network {
    private final List<Layer> layers;
    private final List<String> names;
    private final int inputWidth;
    private final Parameters parameters;
    private final List<List<NativeMatrix>> weights = new ArrayList<>();
    private final List<List<NativeMatrix>> gradients = new ArrayList<>();
    private final ThreadLocal<Workspace> predictWorkspace = new ThreadLocal<>();

    public Network(List<Layer> layers, List<String> names, int inputWidth, DataType type, long seed) {
        this.layers = List.copyOf(layers);
        this.names = List.copyOf(names);
        this.inputWidth = inputWidth;
        List<ParameterView> views = new ArrayList<>();
        List<WeightSpec> specs = new ArrayList<>();
        int offset = 0;
        int width = inputWidth;
        for (int l = 0; l < layers.size(); l++) {
            for (WeightSpec spec : layers.get(l).weights(width)) {
                views.add(new ParameterView(names.get(l) + "/" + spec.name(), l, offset, spec.length(), spec.shape()));
                specs.add(spec);
                offset = Math.addExact(offset, spec.length());
            }
            width = layers.get(l).units();
        }
        INDArray values = Nd4j.create(type, offset);
        INDArray grads = Nd4j.create(type, offset);
        this.parameters = new Parameters(values, grads, views);
        for (int l = 0; l < layers.size(); l++) {
            weights.add(new ArrayList<>());
            gradients.add(new ArrayList<>());
        }
        for (ParameterView view : views) {
            weights.get(view.layerIndex()).add(viewOf(values, view));
            gradients.get(view.layerIndex()).add(viewOf(grads, view));
        }
        initialize(specs, seed);
    }

    private static NativeMatrix viewOf(INDArray flat, ParameterView view) {
        INDArray slice = flat.get(NDArrayIndex.interval(view.offset(), view.offset() + view.length()));
        INDArray shaped = slice.reshape('c', view.shape());
        NativeMatrix matrix = NativeMatrix.of(shaped);
        // A reshape that copied would silently detach the view from the flat buffer: check it writes through.
        if (view.length() > 0) {
            double saved = matrix.get(0);
            matrix.set(0, 7.25);
            boolean shared = flat.getDouble(view.offset()) == 7.25;
            matrix.set(0, saved);
            if (!shared) {
                throw new IllegalStateException("weight view " + view.name() + " is not a view of the flat buffer");
            }
        }
        return matrix;
    }

    /** Draws every weight from its initializer; layer l's weights use a Random seeded by (seed, l). */
    private void initialize(List<WeightSpec> specs, long seed) {
        NativeMatrix flat = parameters.valueMatrix();
        for (int i = 0; i < specs.size(); i++) {
            WeightSpec spec = specs.get(i);
            ParameterView view = parameters.views().get(i);
            Random random = new Random(seed * 1_000_003L + i);
            double[] values = new double[spec.length()];
            spec.initializer().fill(values, spec.fanIn(), spec.fanOut(), random);
            for (int j = 0; j < values.length; j++) {
                flat.set(view.offset() + j, values[j]);
            }
        }
    }

    public List<Layer> layers() {
        return layers;
    }

    public List<String> names() {
        return names;
    }

    public int inputWidth() {
        return inputWidth;
    }

    public int outputWidth() {
        return layers.get(layers.size() - 1).units();
    }

    public int width(int layer) {
        return layers.get(layer).units();
    }

    public Parameters parameters() {
        return parameters;
    }

    public DataType dataType() {
        return parameters.dataType();
    }

    public List<NativeMatrix> weights(int layer) {
        return weights.get(layer);
    }

    public List<NativeMatrix> gradients(int layer) {
        return gradients.get(layer);
    }

    /** This thread's forward workspace with room for at least {@code rows} rows. */
    public Workspace predictWorkspace(int rows, int labelWidth) {
        Workspace w = predictWorkspace.get();
        if (w == null || w.capacity() < rows) {
            w = new Workspace(this, Math.max(rows, w == null ? 0 : w.capacity()), labelWidth);
            predictWorkspace.set(w);
        }
        return w;
    }
}
