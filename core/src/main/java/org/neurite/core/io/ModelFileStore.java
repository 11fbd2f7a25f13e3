package org.neurite.core.io;

import java.nio.file.Path;
import org.neurite.core.ModelStore;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Sequential;

/** The zip {@link ModelFile} format as the API's {@link ModelStore} (registered in META-INF/services). */
public final class ModelFileStore extends ModelStore {
    @Override
    public void save(Sequential model, Path path) {
        ModelFile.save(model, path);
    }

    @Override
    public Sequential load(Path path, Optimizer<?> optimizer) {
        return Restorer.restore(ModelFile.read(path, optimizer));
    }

    static void setCounters(Sequential model, long step, int epoch, double learningRateFactor) {
        restoreCounters(model, step, epoch, learningRateFactor);
    }

    static OptimizerState optimizerStateOf(Sequential model) {
        return ensureOptimizerState(model);
    }
}
