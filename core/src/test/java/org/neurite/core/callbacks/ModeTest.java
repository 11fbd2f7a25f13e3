package org.neurite.core.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModeTest {
    @Test
    void autoMaximizesTheMetricsKerasMarksUpAndMinimizesTheRest() {
        for (String up : new String[] {"accuracy", "val_accuracy", "acc", "val_binary_accuracy", "auc", "val_auc_1",
                "precision", "val_recall", "f1_score_2", "top_k_categorical_accuracy", "weighted_accuracy"}) {
            assertEquals(Mode.MAX, Mode.AUTO.resolve(up), up);
        }
        for (String down : new String[] {"loss", "val_loss", "mse", "val_mae"}) {
            assertEquals(Mode.MIN, Mode.AUTO.resolve(down), down);
        }
        assertEquals(Mode.MIN, Mode.MIN.resolve("accuracy"));
    }
}
