package org.govhall.shared.web;

import java.util.Set;

/**
 * An entry a module contributes to the staff workbench's navigation. The portal shows it to those who hold one
 * of the authorities (or to every signed-in staff member when none is named).
 *
 * @param labelKey message key of the entry's label
 * @param descriptionKey message key of a one-line description
 * @param href where it leads
 * @param authorities who may see it, e.g. {@code ROLE_ADMINISTRATOR}
 * @param order position in the menu, smaller first
 */
public record NavigationEntry(String labelKey, String descriptionKey, String href, Set<String> authorities,
		int order) {

	public boolean visibleTo(Set<String> granted) {
		return authorities.isEmpty() || authorities.stream().anyMatch(granted::contains);
	}
}
