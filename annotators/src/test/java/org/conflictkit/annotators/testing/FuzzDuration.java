package org.conflictkit.annotators.testing;

/**
 * How long one run of a fuzz target lasts under {@code JAZZER_FUZZ=1}. Jazzer takes it from the
 * {@code @FuzzTest} annotation, so it is a constant; a longer campaign repeats the runs with
 * {@code .ci/fuzz ROUNDS}, each round going on from the inputs the earlier ones saved.
 */
public final class FuzzDuration
{
    public static final String PER_RUN = "10s";

    private FuzzDuration()
    {
    }
}
