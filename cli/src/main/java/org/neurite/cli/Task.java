package org.neurite.cli;

import java.util.List;
import org.neurite.core.Dataset;

/**
 * A loaded task: its name, the training data, the column names, whether the rows are a truth table (every
 * input combination once), in which case a perfect fit is possible and the whole table is printed, and the
 * held-out test set of datasets that have one (null otherwise), evaluated after training.
 */
record Task(String name, Dataset data, List<String> featureNames, boolean truthTable, Dataset test) {
    Task(String name, Dataset data, List<String> featureNames, boolean truthTable) {
        this(name, data, featureNames, truthTable, null);
    }
}
