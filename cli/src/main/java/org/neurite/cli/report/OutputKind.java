package org.neurite.cli.report;

/** What the model's output means, which decides how the report colours it. */
public enum OutputKind {
    /** Each output unit a probability of "1" (sigmoid): white at 0.5, orange towards 0, blue towards 1. */
    BINARY,
    /** One unit per class (softmax): the predicted class in its colour, fainter where the model is less sure. */
    MULTICLASS,
    /** Real values: the diverging scale around 0. */
    REGRESSION
}
