package org.capexlens.ui.assumptions;

/**
 * One line of the per-company overrides table.
 *
 * @param company  company id.
 * @param text     the override as shown and edited: a life in years ("3"), "reported", a switch ("3 y from
 *                 2026"), or "—" for none.
 * @param active   whether the company has an override.
 */
public record OverrideRow(String company, String text, boolean active) {
}
