package org.neurite.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.core.layers.Layer;
import org.neurite.core.spi.WeightSpec;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * A model's layers built for an input width: all trainable weights in one flat buffer and all gradients in
 * another (the optimizer's {@link Parameters}), the non-trainable weights (moving statistics) in a third, with
 * per-layer views in Keras order. Created once per model; never resized.
 */
public final class Network {
    private final List<Layer> layers;
    private final List<String> names;
    private final int inputWidth;
    private final int[] widths;
    private final Parameters parameters;
    private final INDArray state;
    private final List<ParameterView> allViews = new ArrayList<>();
    private final List<Boolean> trainable = new ArrayList<>();
    private final List<WeightSpec> specs = new ArrayList<>();
    private final List<List<NativeMatrix>> weights = new ArrayList<>();
    private final List<List<NativeMatrix>> gradients = new ArrayList<>();
    private final ThreadLocal<Workspace> predictWorkspace = new ThreadLocal<>();
    private final Penalties penalties;
    private long seed;
    private long step;

    public Network(List<Layer> layers, List<String> names, int inputWidth, DataType type, long seed) {
        this.layers = List.copyOf(layers);
        this.names = List.copyOf(names);
        this.inputWidth = inputWidth;
        this.widths = new int[layers.size()];
        this.seed = seed;
        List<ParameterView> trainableViews = new ArrayList<>();
        int[] offsets = new int[2];
        int width = inputWidth;
        for (int l = 0; l < layers.size(); l++) {
            for (WeightSpec spec : layers.get(l).weights(width)) {
                int kind = spec.trainable() ? 0 : 1;
                requireFits(layers.get(l), names.get(l), l, spec, offsets[kind]);
                ParameterView view = new ParameterView(names.get(l) + "/" + spec.name(), l, offsets[kind],
                        spec.length(), spec.shape());
                offsets[kind] = Math.addExact(offsets[kind], spec.length());
                allViews.add(view);
                trainable.add(spec.trainable());
                specs.add(spec);
                if (spec.trainable()) {
                    trainableViews.add(view);
                }
            }
            widths[l] = checkedWidth(l, width);
            width = widths[l];
        }
        if (offsets[0] == 0) {
            throw new IllegalArgumentException("Sequential: the model has no trainable weights (layers " + names
                    + "), so there is nothing to train. Add a layer with weights, e.g. new Dense(units).");
        }
        this.parameters = new Parameters(Nd4j.create(type, offsets[0]), Nd4j.create(type, offsets[0]),
                trainableViews);
        this.state = offsets[1] == 0 ? null : Nd4j.create(type, offsets[1]);
        for (int l = 0; l < layers.size(); l++) {
            weights.add(new ArrayList<>());
            gradients.add(new ArrayList<>());
        }
        for (int i = 0; i < allViews.size(); i++) {
            ParameterView view = allViews.get(i);
            boolean t = trainable.get(i);
            weights.get(view.layerIndex()).add(viewOf(t ? parameters.values() : state, view));
            gradients.get(view.layerIndex()).add(t ? viewOf(parameters.gradients(), view) : null);
        }
        initialize(seed);
        this.penalties = new Penalties(this);
    }

    private int checkedWidth(int l, int inputWidth) {
        int out = layers.get(l).outputWidth(inputWidth);
        if (out < 1) {
            throw new IllegalArgumentException(layers.get(l).className() + " '" + names.get(l) + "' (index " + l
                    + "): output width must be >= 1; received " + out + " for an input of " + inputWidth
                    + " columns. Return units() > 0, or 0 to keep the input's width.");
        }
        return out;
    }

    /** The flat buffers are int-indexed: a weight array, and the model's total, must fit in 2^31 - 1 values. */
    private static void requireFits(Layer layer, String name, int index, WeightSpec spec, long before) {
        long n = 1;
        for (long s : spec.shape()) {
            n = s == 0 || n <= Integer.MAX_VALUE / s ? n * s : Long.MAX_VALUE;
        }
        if (n > Integer.MAX_VALUE || before + n > Integer.MAX_VALUE) {
            String count = n > Integer.MAX_VALUE ? "alone has " + countOf(spec.shape()) + " parameters"
                    : "brings the model to " + (before + n) + " parameters";
            throw new IllegalArgumentException(layer.className() + "(units=" + layer.units() + ") '" + name
                    + "' at index " + index + ": its " + spec.name() + " " + java.util.Arrays.toString(spec.shape())
                    + " " + count + ", but a model holds at most " + Integer.MAX_VALUE + " (2^31 - 1) parameters in "
                    + "its flat buffer. Use fewer units in this layer or the one before it.");
        }
    }

    private static String countOf(long[] shape) {
        java.math.BigInteger n = java.math.BigInteger.ONE;
        for (long s : shape) {
            n = n.multiply(java.math.BigInteger.valueOf(s));
        }
        return n.toString();
    }

    private static NativeMatrix viewOf(INDArray flat, ParameterView view) {
        INDArray slice = flat.get(NDArrayIndex.interval(view.offset(), view.offset() + view.length()));
        INDArray shaped = slice.reshape('c', view.shape());
        NativeMatrix matrix = NativeMatrix.of(shaped);
        // A reshape that copied would silently detach the view from the flat buffer: check it writes through.
        double saved = matrix.get(0);
        matrix.set(0, 7.25);
        boolean shared = flat.getDouble(view.offset()) == 7.25;
        matrix.set(0, saved);
        if (!shared) {
            throw new IllegalStateException("weight view " + view.name() + " is not a view of the flat buffer");
        }
        return matrix;
    }

    /** Draws every weight from its initializer; weight i (Keras order) uses a Random seeded by (seed, i). */
    private void initialize(long seed) {
        for (int i = 0; i < specs.size(); i++) {
            WeightSpec spec = specs.get(i);
            Random random = new Random(seed * 1_000_003L + i);
            double[] values = new double[spec.length()];
            spec.initializer().fill(values, spec.fanIn(), spec.fanOut(), random);
            NativeMatrix m = weights.get(allViews.get(i).layerIndex()).get(indexInLayer(i));
            for (int j = 0; j < values.length; j++) {
                m.set(j, values[j]);
            }
        }
    }

    private int indexInLayer(int i) {
        int layer = allViews.get(i).layerIndex();
        int first = i;
        while (first > 0 && allViews.get(first - 1).layerIndex() == layer) {
            first--;
        }
        return i - first;
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
        return widths[widths.length - 1];
    }

    /** Output width of layer {@code layer}. */
    public int width(int layer) {
        return widths[layer];
    }

    /** The trainable weights and their gradients: what the optimizer updates. */
    public Parameters parameters() {
        return parameters;
    }

    /** Every weight in Keras order (each layer's trainable weights, then its non-trainable ones). */
    public List<ParameterView> weightViews() {
        return allViews;
    }

    public boolean isTrainable(int weight) {
        return trainable.get(weight);
    }

    /** The flat buffer weight {@code weight} of {@link #weightViews()} lives in. */
    public INDArray bufferOf(int weight) {
        return trainable.get(weight) ? parameters.values() : state;
    }

    /** The number of non-trainable values. */
    public int stateCount() {
        return state == null ? 0 : (int) state.length();
    }

    public WeightSpec spec(int weight) {
        return specs.get(weight);
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

    public Penalties penalties() {
        return penalties;
    }

    /** Sets the seed training noise (dropout, Gaussian noise) is drawn from: fit's seed. */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** Sets the optimizer step the next training pass belongs to, minus one (the model's step count). */
    public void setStep(long step) {
        this.step = step;
    }

    public long step() {
        return step;
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
