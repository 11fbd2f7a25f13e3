package org.neurite.core.spi;

/**
 * Working memory a layer keeps from its forward pass to its backward pass (a dropout mask, batch
 * statistics), allocated once per workspace in the model's data type: {@code [capacity rows, columns]} when
 * {@code perRow}, else {@code [1, columns]}. Never saved.
 */
public record BufferSpec(String name, boolean perRow, int columns) {
    public BufferSpec {
        if (name == null || name.isBlank() || columns < 1) {
            throw new IllegalArgumentException("BufferSpec: name must be non-blank and columns >= 1; received name="
                    + name + ", columns=" + columns + ".");
        }
    }
}
