package org.neurite.core;

/**
 * What retraining with one {@link Change} gave: on how many of the seeds tried the goal was reached, and the
 * median epochs those seeds needed.
 *
 * @param seeds the seeds trained
 * @param trained how many reached the goal
 * @param medianEpochs the median epochs of the seeds that reached it, NaN when none did
 * @param epochs the epochs each seed was allowed
 */
public record Trial(int seeds, int trained, double medianEpochs, int epochs) {
    public Trial {
        if (seeds < 1 || trained < 0 || trained > seeds || epochs < 0) {
            throw new IllegalArgumentException("Trial: need 0 <= trained <= seeds, seeds >= 1 and epochs >= 0; "
                    + "received seeds=" + seeds + ", trained=" + trained + ", epochs=" + epochs + ".");
        }
    }

    /** Whether most seeds reached the goal. */
    public boolean works() {
        return 2 * trained > seeds;
    }

    @Override
    public String toString() {
        if (trained == 0) {
            return "did not help: trained on 0 of " + seeds + " seeds in " + epochs + " epochs";
        }
        String median = medianEpochs == Math.rint(medianEpochs) ? Long.toString((long) medianEpochs)
                : String.format(java.util.Locale.ROOT, "%.1f", medianEpochs);
        return "trained on " + trained + " of " + seeds + " seeds, median " + median + " epochs";
    }
}
