package org.neurite.cli;

import java.util.List;
import org.neurite.core.Dataset;

/**
 * A loaded task: its name, the training data, the names of the input and label columns, the class names when
 * the labels were text (label {@code i} is class {@code classes.get(i)}; empty otherwise), whether the rows are
 * a truth table (every input combination once), in which case a perfect fit is possible and the whole table is
 * printed, and the held-out test set of datasets that have one (null otherwise), evaluated after training.
 */
record Task(String name, Dataset data, List<String> featureNames, List<String> labelNames, List<String> classes,
            boolean truthTable, Dataset test) {
    Task {
        featureNames = List.copyOf(featureNames);
        labelNames = List.copyOf(labelNames);
        classes = List.copyOf(classes);
    }

    Task(String name, Dataset data, List<String> featureNames, List<String> labelNames, List<String> classes,
         boolean truthTable) {
        this(name, data, featureNames, labelNames, classes, truthTable, null);
    }

    Task(String name, Dataset data, List<String> featureNames, boolean truthTable, Dataset test) {
        this(name, data, featureNames, Tasks.numbered("y", data.labelCount()), List.of(), truthTable, test);
    }

    Task(String name, Dataset data, List<String> featureNames, boolean truthTable) {
        this(name, data, featureNames, truthTable, null);
    }

    /** The display name of class {@code index}: its text label when there is one, else the number. */
    String className(int index) {
        return index >= 0 && index < classes.size() ? classes.get(index) : Integer.toString(index);
    }
}
