package org.govhall.shared.web;

import java.util.Set;

import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;

/**
 * An entry a module contributes to the staff workbench's navigation. The portal shows it to staff holding one of
 * the roles (or to every staff member when none is named).
 *
 * @param labelKey message key of the entry's label
 * @param descriptionKey message key of a one-line description
 * @param href where it leads
 * @param roles who may see it
 * @param order position in the menu, smaller first
 */
public record NavigationEntry(String labelKey, String descriptionKey, String href, Set<StaffRole> roles, int order) {

	public boolean visibleTo(StaffMember staff) {
		return roles.isEmpty() || roles.stream().anyMatch(staff::hasRole);
	}
}
