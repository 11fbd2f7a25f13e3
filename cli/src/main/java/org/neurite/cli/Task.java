package org.neurite.cli;

import java.util.List;
import org.neurite.core.Dataset;

/**
 * A loaded task: its name, the data, the column names, and whether the rows are a truth table (every input
 * combination once), in which case a perfect fit is possible and the whole table is printed.
 */
record Task(String name, Dataset data, List<String> featureNames, boolean truthTable) {
}
