package org.capexlens.ui.assumptions;

/**
 * One AI-revenue entity the ratio and the gap can sum.
 *
 * @param name      the entity as written in the dataset.
 * @param selected  whether it is summed.
 */
public record EntityChoice(String name, boolean selected) {
}
