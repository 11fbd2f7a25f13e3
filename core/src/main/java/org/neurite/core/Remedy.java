package org.neurite.core;

/**
 * One candidate fix for a {@link Finding}: a single {@link Change}, what it is in words and, once tried,
 * the {@link Trial} that retrained with it. Untried remedies say why ({@code note}).
 *
 * @param description the change in words, e.g. "5 relu units in layer 'dense'"
 * @param change the change itself
 * @param trial the outcome of retraining with it, or null when untried
 * @param note why it was not tried (null when tried)
 */
public record Remedy(String description, Change change, Trial trial, String note) {
    public Remedy {
        if (description == null || change == null || (trial == null) == (note == null)) {
            throw new IllegalArgumentException("Remedy: description and change are required, and exactly one of "
                    + "trial and note; received description=" + description + ", change=" + change + ", trial="
                    + trial + ", note=" + note + ".");
        }
    }

    /** An untried remedy. */
    public static Remedy untried(String description, Change change) {
        return new Remedy(description, change, null, "untried");
    }

    public Remedy withTrial(Trial trial) {
        return new Remedy(description, change, trial, null);
    }

    public Remedy withNote(String note) {
        return new Remedy(description, change, null, note);
    }

    public boolean tried() {
        return trial != null;
    }

    /** "5 relu units in layer 'dense': trained on 9 of 10 seeds, median 43 epochs", or "...: untried". */
    @Override
    public String toString() {
        return description + ": " + (trial != null ? trial.toString() : note);
    }
}
