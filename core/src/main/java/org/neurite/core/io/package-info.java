/**
 * Saving and loading models: {@code Sequential.save(path)} writes one zip file, {@code Sequential.load(path)}
 * reads it back. A loaded model predicts bit-identically, and training resumed from it (with
 * {@code FitOptions.initialEpoch = model.epoch()}, the same seed and data) gives the same weights, bit for bit,
 * as training that was never interrupted.
 *
 * <h2>Keras files</h2>
 * A path ending in {@code .keras} is Keras 3's format, read and written by {@link org.neurite.core.io.KerasFile};
 * {@code .h5}/{@code .hdf5} are Keras's legacy full-model files, read only. Keras layer classes map to Neurite
 * layers through one {@code KerasLayerMapper} each (registered in {@code KerasLayers}; a mapper also names the
 * variables Keras keeps that Neurite does not, such as Normalization's {@code count}); the optimizer state is
 * read from a {@code .keras}'s {@code optimizer/vars} and a Keras 3 {@code .h5}'s {@code optimizer_weights}
 * ({@code KerasOptimizerState}; a Keras 2 {@code .h5}'s is left unread and the optimizer starts fresh); optimizers
 * map through the {@link org.neurite.core.io.KerasOptimizerMapper}s on the class path. HDF5 is read and written with jHDF, from
 * memory, behind {@code Hdf5}, which checks every declared size against the file's before anything is
 * allocated and turns every parser failure into a {@link org.neurite.core.io.ModelFileException}.
 *
 * <h2>The file</h2>
 * A zip with these entries (no others are accepted):
 * <ul>
 * <li>{@code config.json} (deflated, at most 1 MiB): {@code "format": "neurite.model"},
 *     {@code "format_version": 1}; the architecture in Keras's layer-config form
 *     ({@code "class_name": "Sequential", "config": {"name", "dtype": "float32"|"float64", "layers": [{"class_name":
 *     "Dense", "config": {name, units, activation, use_bias, kernel_initializer, bias_initializer}}]}}, with
 *     {@code "build_config": {"input_shape": [null, width]}}; when compiled, {@code "compile_config": {"optimizer":
 *     {"name", "class_name", "config"}, "loss", "metrics": [...]}} (each metric's
 *     {@link org.neurite.core.Metric#spec() spec}, e.g. {@code "accuracy"} or
 *     {@code "precision(threshold=0.3, class_id=-1)"}); and {@code "training_state": {"step", "epoch",
 *     "learning_rate_factor"}}. No seed: the weights are in the file.
 *     Other layers ({@code Dropout}, {@code BatchNormalization}, ...) are stored with their Keras class name and
 *     config keys and read back through {@link org.neurite.core.layers.LayerConfig}; a Dense layer's
 *     regularizers and constraints appear, when set, as Keras's nested {@code {"class_name", "config"}} objects.</li>
 * <li>{@code weights.bin} (stored): the weight arrays in Keras order (kernel {@code [in, units]} then bias
 *     {@code [units]}, layer by layer), named {@code layer/kernel}, {@code layer/bias}; non-trainable weights
 *     (BatchNormalization's {@code moving_mean} and {@code moving_variance}, Normalization's {@code mean} and
 *     {@code variance}) follow each layer's trainable ones, as Keras orders them.</li>
 * <li>{@code optimizer.bin} (stored, present once the optimizer has state): its state slots, by slot name.</li>
 * </ul>
 *
 * <h2>Array layout ({@code .bin} entries), all little-endian</h2>
 * <pre>
 *   bytes 'N' 'T' 'R' 'N'        magic
 *   u32   version                1
 *   u32   count                  number of arrays (at most 4096)
 *   count times:
 *     u16   nameLength           1..1024
 *     bytes name                 UTF-8
 *     u8    type                 1 = float32 (IEEE 754 binary32), 2 = float64 (binary64)
 *     u8    rank                 0..8
 *     i64   dims[rank]           each >= 0
 *     bytes values               product(dims) elements of the type, row-major (C order)
 * </pre>
 * Nothing may follow the last array.
 *
 * <h2>The optimizer</h2>
 * An optimizer is saved as its Keras name, class and record components (optimizers are records by house
 * style); {@code load} asks the {@link org.neurite.core.OptimizerProvider} registered for that name for the
 * class and calls its canonical constructor with the saved components, so the optimizer re-validates its own
 * configuration. One that is not a record of plain values is saved with {@code "config": null}; pass it to
 * {@code Sequential.load(path, optimizer)}. No generic "config map" was added to the optimizer contract.
 *
 * <h2>Safety</h2>
 * Saving writes a temporary file in the target's folder, forces it to disk ({@code FileChannel.force}) and
 * renames it over the target ({@code ATOMIC_MOVE}); a failure at any step leaves the previous file intact.
 * Loading trusts no size the file declares: only the three entry names are accepted (names such as
 * {@code ../x} are rejected as escaping the folder), JSON may inflate to 1 MiB and is checked for nesting
 * depth and token sizes before parsing, binary entries must be stored uncompressed (so no entry can inflate
 * beyond the file's own size), CRCs are verified, and every array's declared size is checked against the
 * bytes present before anything is allocated. Every problem is a {@link org.neurite.core.io.ModelFileException}
 * naming the file, the entry and the field.
 *
 * <h2>JSON</h2>
 * Through the Jackson that ND4J already ships shaded ({@code org.nd4j:jackson},
 * {@code org.nd4j.shade.jackson}): no new jar, no start-up cost, and no hand-written parser to harden.
 */
package org.neurite.core.io;
