package org.neurite.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.core.metrics.Resolution;
import org.neurite.core.layers.Layer;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;

/**
 * A stack of layers trained as Keras's {@code Sequential}: build for an input width (explicitly or on the
 * first fit/predict), {@link #compile}, then {@link #fit}, {@link #evaluate} and {@link #predict}.
 *
 * <p>All weights live in one flat buffer and all gradients in another ({@link #parameters()}); training
 * steps reuse preallocated buffers and allocate nothing once warm. FLOAT by default; DOUBLE via
 * {@link #setDataType} before building. The same seed, data and thread count give bit-identical results.
 *
 * <p>Every public method validates its arguments before changing anything: a rejected call leaves the
 * model as it was.
 *
 * <p>Threads: {@link #predict}, {@link #evaluate} and {@link #getWeights} on a built model may run on many
 * threads at once (each thread predicts in its own workspace; results are bitwise those of a single thread).
 * Training is refused, not serialized: {@link #fit}, {@link #trainOnBatch}, {@link #setWeights} and
 * {@link #computeGradients} throw {@link IllegalStateException} while another thread predicts, and
 * predict/evaluate/getWeights throw it while another thread trains. Callbacks running on the training
 * thread may predict and read or set weights. The guard is one compare-and-set per call and allocates nothing.
 *
 * <p>{@link #save} writes the architecture, weights, compiled optimizer with its state, loss, metrics, step and
 * epoch to one zip file atomically; {@link #load} restores them (format: {@link org.neurite.core.io}).
 */
public final class Sequential {
    static {
        // Before any array exists: lets OpenBLAS pick its AVX-512 kernels where the CPU has them.
        org.neurite.engine.kernel.BlasSetup.ensure();
    }

    private final List<Layer> layers = new ArrayList<>();
    private DataType dataType = DataType.FLOAT;
    private Network network;
    private Compiled<?> compiled;
    private long step;
    private double learningRateFactor = 1;
    private BatchTrainer batchTrainer;
    private int epoch;
    private final AccessGuard guard = new AccessGuard();

    /** A model of these layers, in order. */
    public Sequential(Layer... layers) {
        if (layers == null) {
            throw new IllegalArgumentException("Sequential: layers must not be null; pass the layers, or none and "
                    + "call add(layer).");
        }
        for (Layer layer : layers) {
            add(layer);
        }
    }

    /** Appends a layer; only before the model is built. */
    public Sequential add(Layer layer) {
        if (layer == null) {
            throw new IllegalArgumentException("Sequential.add: layer must not be null.");
        }
        if (network != null) {
            throw new IllegalStateException("Sequential.add: the model is already built for " + network.inputWidth()
                    + " inputs; layers cannot be added after building. Create a new Sequential.");
        }
        List<Layer> next = new ArrayList<>(layers);
        next.add(layer);
        LayerNames.of(next);
        if (compiled != null) {
            checkLoss(compiled.loss, next, outputUnits(next));
        }
        layers.add(layer);
        return this;
    }

    /** Sets FLOAT (default) or DOUBLE; only before the model is built. */
    public Sequential setDataType(DataType type) {
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException("Sequential.setDataType: type must be FLOAT or DOUBLE; received "
                    + type + ".");
        }
        if (network != null && type != dataType) {
            throw new IllegalStateException("Sequential.setDataType: the model is already built with " + dataType
                    + "; set the type before building.");
        }
        dataType = type;
        return this;
    }

    /** Builds the weights for {@code inputWidth} input columns, initialized with seed 0. */
    public Sequential build(int inputWidth) {
        return build(inputWidth, 0);
    }

    /** Builds the weights for {@code inputWidth} input columns, initialized from {@code seed}. */
    public Sequential build(int inputWidth, long seed) {
        if (inputWidth < 1) {
            throw new IllegalArgumentException("Sequential.build: inputWidth must be >= 1; received inputWidth="
                    + inputWidth + ".");
        }
        if (layers.isEmpty()) {
            throw new IllegalStateException("Sequential.build: the model has no layers. Add at least one Dense.");
        }
        if (network != null) {
            throw new IllegalStateException("Sequential.build: the model is already built for " + network.inputWidth()
                    + " inputs. Create a new Sequential to change the input width.");
        }
        network = new Network(layers, LayerNames.of(layers), inputWidth, dataType, seed);
        network.setStep(step);
        return this;
    }

    /**
     * Sets the optimizer, loss and metrics; resets the optimizer state and step counter (weights are kept).
     * Metrics are named in the logs as Keras names them: {@code "accuracy"} stays {@code accuracy} whichever
     * accuracy it resolves to, a repeated name gets {@code _1}, and metrics wrapped in {@link Metric#weighted}
     * are Keras's {@code weighted_metrics} (the only ones that see sample and class weights).
     *
     * @throws IllegalArgumentException if the loss cannot train the output layer
     */
    public <S extends OptimizerState> void compile(Optimizer<S> optimizer, Loss loss, Metric... metrics) {
        if (optimizer == null || loss == null || metrics == null || Arrays.asList(metrics).contains(null)) {
            throw new IllegalArgumentException("compile: optimizer, loss and metrics must not be null; received "
                    + "optimizer=" + optimizer + ", loss=" + loss + ", metrics=" + Arrays.toString(metrics) + ".");
        }
        if (layers.isEmpty()) {
            throw new IllegalStateException("compile: the model has no layers. Add at least one Dense.");
        }
        checkLoss(loss, layers, outputUnits());
        List<Metric> resolved = Resolution.resolve(Arrays.asList(metrics), loss, outputUnits());
        compiled = new Compiled<>(optimizer, loss, resolved);
        step = 0;
        if (network != null) {
            network.setStep(0);
        }
        epoch = 0;
        learningRateFactor = 1;
        batchTrainer = null;
    }

    /** {@link #compile} by Keras names, e.g. {@code compile("adam", "binary_crossentropy", "accuracy")}. */
    public void compile(String optimizer, String loss, String... metrics) {
        Optimizer<?> opt = Optimizers.byName(optimizer);
        Loss l = Loss.of(loss);
        Metric[] ms = new Metric[metrics.length];
        for (int i = 0; i < metrics.length; i++) {
            ms[i] = Metric.of(metrics[i]);
        }
        compile(opt, l, ms);
    }

    private static void checkLoss(Loss loss, List<Layer> layers, int units) {
        int last = layers.size() - 1;
        Layer output = layers.get(last);
        String problem = loss.incompatibility(output.activation(), units);
        if (problem != null) {
            throw new IllegalArgumentException(output.className() + "(units=" + units + ") '"
                    + LayerNames.of(layers).get(last) + "' at index " + last + " (output): " + problem);
        }
    }

    /** Trains on {@code x [rows, features]} and {@code y [rows, labelColumns]}. */
    public History fit(INDArray x, INDArray y, FitOptions options) {
        return fit(x, y, null, options);
    }

    /**
     * Trains with one weight per row, Keras's {@code sample_weight}: the loss is Σ wᵢ·lossᵢ / rows per batch
     * (Keras 3's {@code sum_over_batch_size}, which divides by the row count, not by Σ w). Only
     * {@link Metric#weighted weighted} metrics see the weights. {@code validationSplit} splits the weights with
     * the rows, as Keras; {@link FitOptions#validationData()} is weighted by
     * {@link FitOptions#validationSampleWeight()} when given, as Keras's {@code validation_data=(x, y, w)}.
     * {@code sampleWeight} (one finite weight &gt;= 0 per row, shape {@code [rows]} or {@code [rows, 1]}) may be
     * null.
     */
    public History fit(INDArray x, INDArray y, INDArray sampleWeight, FitOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("fit: options must not be null. Pass FitOptions.defaults().");
        }
        Compiled<?> c = requireCompiled("fit");
        TrainingData data = TrainingData.prepare(this, c, x, y, sampleWeight, options);
        java.util.Set<String> logNames = data.logNames(c, outputUnits());
        options.callbacks().forEach(callback -> callback.validate(logNames));
        boolean entered = guard.enterWrite("fit");
        History history;
        List<INDArray> initial;
        MidwaySnapshot midway = null;
        try {
            if (network == null) {
                build(data.inputWidth(), options.seed());
            }
            initial = options.diagnose() ? Weights.copy(network) : null;
            FitOptions run = options;
            if (options.diagnose()) {
                midway = new MidwaySnapshot(network, options.initialEpoch(), options.epochs());
                List<Callback> callbacks = new java.util.ArrayList<>(options.callbacks());
                callbacks.add(midway);
                run = options.withCallbacks(callbacks);
            }
            network.setSeed(options.seed());
            history = new Trainer(this, network, c, data, run).run();
        } finally {
            guard.exitWrite(entered);
        }
        Services.diagnostician().afterFit(this, x, y, data.rows(), history, options, initial,
                midway == null ? null : midway.weights());
        return history;
    }

    /** Keras's {@code fit(x, y, epochs=..., batch_size=...)}: the other options at their defaults. */
    public History fit(INDArray x, INDArray y, int epochs, int batchSize) {
        return fit(x, y, FitOptions.defaults().withEpochs(epochs).withBatchSize(batchSize));
    }

    /** Keras's {@code fit(x, y, validation_data=...)}: one epoch of batches of 32, scored on {@code validationData}. */
    public History fit(INDArray x, INDArray y, Dataset validationData) {
        if (validationData == null) {
            throw new IllegalArgumentException("fit: validationData must not be null; call fit(x, y, options) to "
                    + "train without it.");
        }
        return fit(x, y, FitOptions.defaults().withValidationData(validationData));
    }

    /** {@link #fit(INDArray, INDArray, FitOptions)} on a {@link Dataset}. */
    public History fit(Dataset data, FitOptions options) {
        if (data == null) {
            throw new IllegalArgumentException("fit: data must not be null.");
        }
        return fit(data.features(), data.labels(), options);
    }

    /**
     * One training step on exactly this batch (Keras's {@code train_on_batch}); returns the batch's mean loss.
     * Allocates nothing once warm when called repeatedly with the same arrays.
     */
    public double trainOnBatch(INDArray x, INDArray y) {
        return trainOnBatch(x, y, null, Map.of());
    }

    /**
     * {@link #trainOnBatch(INDArray, INDArray)} with one weight per row (may be null), Keras's
     * {@code train_on_batch(x, y, sample_weight=w)}: the loss is Σ wᵢ·lossᵢ / rows, as in {@link #fit}.
     */
    public double trainOnBatch(INDArray x, INDArray y, INDArray sampleWeight) {
        return trainOnBatch(x, y, sampleWeight, Map.of());
    }

    /**
     * Keras's {@code train_on_batch(x, y, sample_weight, class_weight)}: each row's loss is multiplied by its
     * sample weight (null: 1) and by its class's weight ({@code classWeight} as in {@link FitOptions#classWeight()};
     * empty: 1); returns Σ wᵢ·lossᵢ / rows plus any penalties. Both together multiply, as in {@link #fit} (Keras 3
     * refuses the pair; tf.keras 2 multiplied). The weights are read afresh on every call, and a warm call on the
     * same arrays still allocates nothing.
     */
    public double trainOnBatch(INDArray x, INDArray y, INDArray sampleWeight, Map<Integer, Double> classWeight) {
        Compiled<?> c = requireCompiled("trainOnBatch");
        boolean entered = guard.enterWrite("trainOnBatch");
        try {
            if (batchTrainer == null || !batchTrainer.accepts(x, y, sampleWeight, classWeight)) {
                BatchTrainer next = BatchTrainer.prepare(this, c, x, y, sampleWeight, classWeight);
                if (network == null) {
                    build((int) x.size(1), 0);
                }
                batchTrainer = next.bind(network);
            }
            return batchTrainer.train(this, c, classWeight);
        } finally {
            guard.exitWrite(entered);
        }
    }

    /** Loss and metrics on {@code x, y}, in batches of 32 as Keras's default. */
    public Map<String, Double> evaluate(INDArray x, INDArray y) {
        return evaluate(x, y, null);
    }

    /**
     * {@link #evaluate(INDArray, INDArray)} with one weight per row (may be null): the loss is Σ wᵢ·lossᵢ / rows
     * and weighted metrics see the weights, as Keras.
     */
    public Map<String, Double> evaluate(INDArray x, INDArray y, INDArray sampleWeight) {
        Compiled<?> c = requireCompiled("evaluate");
        requireBuilt("evaluate");
        Inputs.requireMatrix(x, "evaluate: x");
        Inputs.requireMatrix(y, "evaluate: labels");
        Inputs.requireSameRows(x, y, "evaluate: x", "labels");
        Inputs.requireWidth(x, network.inputWidth(), this);
        int units = network.outputWidth();
        Inputs.requireLabelWidth(y, c.loss.labelWidth(units), c.loss, units, "evaluate: labels");
        NativeMatrix xm = Inputs.matrix(x, dataType, "x");
        NativeMatrix ym = Inputs.matrix(y, dataType, "labels");
        int rows = xm.rows();
        Inputs.requireFinite(xm, rows, "evaluate: x");
        Inputs.requireFinite(ym, rows, "evaluate: labels");
        Inputs.requireLabels(ym, rows, c.loss, units, "evaluate: labels");
        double[] weights = SampleWeights.of(sampleWeight, rows, "evaluate: sampleWeight");
        boolean entered = guard.enterRead("evaluate");
        try {
            return new Evaluator(network, c, Math.min(rows, 32), ym.cols()).evaluate(xm, ym, weights, rows, "");
        } finally {
            guard.exitRead(entered);
        }
    }

    /**
     * The confusion matrix of this classifier on {@code x, y}: rows the true class, columns the predicted one
     * (scikit-learn's and Keras's layout). A one-unit output predicts class 1 above 0.5 (above 0 for
     * {@code binary_crossentropy_from_logits}); a wider output predicts its argmax.
     */
    public org.neurite.core.metrics.ConfusionMatrix confusionMatrix(INDArray x, INDArray y) {
        Compiled<?> c = requireCompiled("confusionMatrix");
        requireBuilt("confusionMatrix");
        return ConfusionCounter.count(this, c.loss, x, y);
    }

    /** The model's outputs for {@code x [rows, features]}, as a new {@code [rows, units]} array. */
    public INDArray predict(INDArray x) {
        Inputs.requireMatrix(x, "predict: x");
        buildForPredict(x);
        Inputs.requireWidth(x, network.inputWidth(), this);
        boolean entered = guard.enterRead("predict");
        try {
            return Predictor.predict(network, x);
        } finally {
            guard.exitRead(entered);
        }
    }

    /** {@link #predict(INDArray)} on plain Java rows, e.g. {@code predict(new double[][] {{0, 1}})}. */
    public double[][] predict(double[][] x) {
        return JavaValues.toDoubles(predict(JavaValues.of(x, "predict: x")));
    }

    /** {@link #predict(INDArray)} on plain Java rows of floats. */
    public float[][] predict(float[][] x) {
        return JavaValues.toFloats(predict(JavaValues.of(x, "predict: x")));
    }

    /**
     * Writes the model's outputs for {@code x} into {@code out}, a c-order {@code [rows, units]} array of the
     * model's data type; allocates nothing once warm when called again with the same arrays.
     */
    public void predict(INDArray x, INDArray out) {
        Inputs.requireMatrix(x, "predict: x");
        if (!layers.isEmpty()) {
            Inputs.requireOutput(out, x.size(0), layers.get(layers.size() - 1).units(), dataType);
        }
        buildForPredict(x);
        Inputs.requireWidth(x, network.inputWidth(), this);
        boolean entered = guard.enterRead("predict");
        try {
            Predictor.predictInto(network, x, out);
        } finally {
            guard.exitRead(entered);
        }
    }

    /** Builds an unbuilt model for {@code x}'s width, checking {@code x} first: a rejected call builds nothing. */
    private void buildForPredict(INDArray x) {
        if (network == null) {
            NativeMatrix xm = Inputs.matrix(x, dataType, "x");
            Inputs.requireFinite(xm, xm.rows(), "predict: x");
            build((int) x.size(1), 0);
        }
    }

    /**
     * Every layer's activations for {@code x}: element l is layer l's output {@code [rows, units_l]} (new
     * arrays). For reports and diagnostics; {@link #predict} is the last element.
     */
    public List<INDArray> layerOutputs(INDArray x) {
        Inputs.requireMatrix(x, "layerOutputs: x");
        requireBuilt("layerOutputs");
        Inputs.requireWidth(x, network.inputWidth(), this);
        NativeMatrix xm = Inputs.matrix(x, dataType, "x");
        int rows = xm.rows();
        Inputs.requireFinite(xm, rows, "layerOutputs: x");
        return Predictor.layerOutputs(network, xm, rows);
    }

    /** Why this model cannot learn {@code x -> y}: see {@link org.neurite.core.diagnostics.Diagnostics}. */
    public org.neurite.core.Diagnosis diagnose(INDArray x, INDArray y) {
        return Services.diagnostician().diagnose(this, x, y, null);
    }

    /** {@link #diagnose(INDArray, INDArray)} with the training history, for PLATEAU and DIVERGED. */
    public org.neurite.core.Diagnosis diagnose(INDArray x, INDArray y, History history) {
        return Services.diagnostician().diagnose(this, x, y, history);
    }

    /** Prints the summary table to standard output, as Keras's {@code model.summary()} does. */
    public void summary() {
        System.out.print(summaryText());
    }

    /** The Keras-style summary table: each layer's name, type, output shape and parameter count. */
    public String summaryText() {
        return Summary.of(this);
    }

    /** Copies of every weight array in Keras order: kernel {@code [in, out]} then bias {@code [out]}, per layer. */
    public List<INDArray> getWeights() {
        requireBuilt("getWeights");
        boolean entered = guard.enterRead("getWeights");
        try {
            return Weights.copy(network);
        } finally {
            guard.exitRead(entered);
        }
    }

    /** Each weight's name in {@link #getWeights()} order, e.g. {@code dense/kernel}, {@code bn/moving_mean}. */
    public List<String> weightNames() {
        requireBuilt("weightNames");
        List<String> names = new ArrayList<>();
        network.weightViews().forEach(v -> names.add(v.name()));
        return names;
    }

    /** Whether each weight in {@link #getWeights()} order is trained by the optimizer (Keras's {@code trainable}). */
    public List<Boolean> weightTrainable() {
        requireBuilt("weightTrainable");
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < network.weightViews().size(); i++) {
            out.add(network.isTrainable(i));
        }
        return out;
    }

    /** Replaces every weight; the list must match {@link #getWeights()} in count and shapes. */
    public void setWeights(List<INDArray> weights) {
        requireBuilt("setWeights");
        Weights.check(network, weights);
        boolean entered = guard.enterWrite("setWeights");
        try {
            Weights.write(network, weights);
        } finally {
            guard.exitWrite(entered);
        }
    }

    /** The number of weights, trainable and not (Keras's {@code count_params()}), once built. */
    public long countParams() {
        requireBuilt("countParams");
        return (long) network.parameters().count() + network.stateCount();
    }

    /**
     * The width of the model's output: once built, the last layer's output width; before, the units of the last
     * layer that sets its width (layers such as Dropout keep their input's).
     */
    public int outputUnits() {
        return network != null ? network.outputWidth() : outputUnits(layers);
    }

    private static int outputUnits(List<Layer> layers) {
        for (int l = layers.size() - 1; l >= 0; l--) {
            if (layers.get(l).units() > 0) {
                return layers.get(l).units();
            }
        }
        throw new IllegalStateException("Every layer keeps its input's width, so the output width is unknown until the "
                + "model is built; received layers " + LayerNames.of(layers) + ". Call build(inputWidth) first.");
    }

    /** The flat parameters and gradients with their per-array views (the buffers the optimizer updates). */
    public Parameters parameters() {
        requireBuilt("parameters");
        return network.parameters();
    }

    /**
     * Computes the mean loss on {@code x, y} and leaves its gradient in {@code parameters().gradients()},
     * without updating anything. For gradient checks and diagnostics.
     */
    public double computeGradients(INDArray x, INDArray y) {
        Compiled<?> c = requireCompiled("computeGradients");
        BatchTrainer trainer = BatchTrainer.prepare(this, c, x, y);
        boolean entered = guard.enterWrite("computeGradients");
        try {
            if (network == null) {
                build((int) x.size(1), 0);
            }
            return trainer.bind(network).gradients(c);
        } finally {
            guard.exitWrite(entered);
        }
    }

    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** Each layer's name: its own, or Keras's default ({@code dense}, {@code dense_1}, ...). */
    public List<String> layerNames() {
        return network != null ? network.names() : LayerNames.of(layers);
    }

    public boolean isBuilt() {
        return network != null;
    }

    public int inputWidth() {
        requireBuilt("inputWidth");
        return network.inputWidth();
    }

    public DataType dataType() {
        return dataType;
    }

    public boolean isCompiled() {
        return compiled != null;
    }

    public Optimizer<?> optimizer() {
        return requireCompiled("optimizer").optimizer;
    }

    /** The optimizer's state, or null before the first training step. */
    public OptimizerState optimizerState() {
        return requireCompiled("optimizerState").state;
    }

    public Loss loss() {
        return requireCompiled("loss").loss;
    }

    /** The compiled metrics, with {@code "accuracy"} resolved. */
    public List<Metric> metrics() {
        return requireCompiled("metrics").metrics;
    }

    /** Optimizer updates applied since compile. */
    public long step() {
        return step;
    }

    /**
     * Epochs of {@link #fit} completed since compile (restored by {@link #load}); pass it as
     * {@link FitOptions#initialEpoch()} to resume a run with the same shuffling as an uninterrupted one.
     */
    public int epoch() {
        return epoch;
    }

    /**
     * Writes the model to one zip file atomically (a temporary file in the same folder, forced to disk,
     * then renamed over {@code path}): the previous file stays intact if anything fails.
     *
     * @throws org.neurite.core.io.ModelFileException naming the file and the step that failed
     */
    public void save(String path) {
        save(JavaValues.path(path, "save"));
    }

    /** As {@link #save(String)}. */
    public void save(java.nio.file.Path path) {
        requireBuilt("save");
        boolean entered = guard.enterRead("save");
        try {
            Services.modelStore().save(this, path);
        } finally {
            guard.exitRead(entered);
        }
    }

    /**
     * Reads a model written by {@link #save}: architecture, weights and, when it was compiled, optimizer (re-created
     * from its saved configuration), state, loss, metrics, step, epoch and learning-rate factor.
     *
     * @throws org.neurite.core.io.ModelFileException naming the file and entry for a missing, damaged or hostile file
     */
    public static Sequential load(String path) {
        return load(JavaValues.path(path, "Sequential.load"));
    }

    /** As {@link #load(String)}. */
    public static Sequential load(java.nio.file.Path path) {
        return Services.modelStore().load(path, null);
    }

    /**
     * {@link #load(java.nio.file.Path)} with the optimizer given instead of re-created from the file (for optimizers
     * whose configuration cannot be saved); it must have the saved optimizer's name and state slots.
     */
    public static Sequential load(java.nio.file.Path path, Optimizer<?> optimizer) {
        if (optimizer == null) {
            throw new IllegalArgumentException("Sequential.load: optimizer must not be null; use load(path) to "
                    + "re-create the saved one.");
        }
        return Services.modelStore().load(path, optimizer);
    }

    void epochEnded(int finished) {
        epoch = finished + 1;
    }

    /** Sets the counters a saved model had (load only). */
    void restoreCounters(long restoredStep, int restoredEpoch, double factor) {
        step = restoredStep;
        network.setStep(step);
        epoch = restoredEpoch;
        learningRateFactor = factor;
    }

    /** Creates the optimizer state now if the first step has not (load only). */
    OptimizerState ensureOptimizerState() {
        Compiled<?> c = requireCompiled("load");
        c.ensureState(network.parameters());
        return c.state;
    }

    public double learningRateFactor() {
        return learningRateFactor;
    }

    /** Multiplies the scheduled learning rate from the next step on (ReduceLROnPlateau uses this). */
    public void setLearningRateFactor(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("learningRateFactor must be a finite number > 0; received " + factor
                    + ".");
        }
        learningRateFactor = factor;
    }

    /** The learning rate the next step will use. */
    public double currentLearningRate() {
        return requireCompiled("currentLearningRate").optimizer.learningRate().at(step + 1) * learningRateFactor;
    }

    /** Applies one optimizer update from the gradients in {@link #parameters()}; used by the trainers. */
    void applyUpdate(Compiled<?> c) {
        Parameters p = network.parameters();
        if (!Propagation.allFinite(p.gradientMatrix(), p.count(), scratch())) {
            throw NonFiniteGradientException.locate(this, p, step + 1);
        }
        long next = step + 1;
        double scheduled = c.optimizer.learningRate().at(next);
        double lr = scheduled * learningRateFactor;
        if (!(lr >= 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("step " + next + ": the learning rate is " + lr + " (the schedule gave "
                    + scheduled + ", times the factor " + learningRateFactor
                    + "), but it must be a finite number >= 0. Fix the schedule; the model was not changed.");
        }
        step = next;
        network.setStep(step);
        c.update(p, step, lr);
        network.penalties().applyConstraints();
    }

    private org.neurite.engine.kernel.Scratch scratchForChecks;

    private org.neurite.engine.kernel.Scratch scratch() {
        if (scratchForChecks == null) {
            scratchForChecks = new org.neurite.engine.kernel.Scratch(0);
        }
        return scratchForChecks;
    }

    Network network() {
        return network;
    }

    /** The access guard, for package code that trains or reads outside these methods (GradientCheck). */
    AccessGuard guard() {
        return guard;
    }

    Compiled<?> requireCompiled(String method) {
        if (compiled == null) {
            throw new IllegalStateException(method + " called before compile. Call model.compile(optimizer, loss, "
                    + "metrics...) first, e.g. compile(\"adam\", \"binary_crossentropy\", \"accuracy\").");
        }
        return compiled;
    }

    private void requireBuilt(String method) {
        if (network == null) {
            throw new IllegalStateException(method + ": the model is not built yet. Call build(inputWidth), or fit "
                    + "or predict once.");
        }
    }
}
