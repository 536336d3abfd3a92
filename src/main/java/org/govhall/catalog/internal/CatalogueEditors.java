package org.govhall.catalog.internal;

import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

/**
 * Who may change the catalogue (事项编辑权限): a department's data stewards (its catalogue editors) for their own
 * department's items, and administrators (the catalogue administrators) for every item and for review,
 * publication, import and export.
 */
public final class CatalogueEditors {

	private CatalogueEditors() {
	}

	/** The signed-in editor of {@code departmentCode}'s items: an administrator, or a steward of that department. */
	public static StaffMember editorOf(String departmentCode) {
		StaffMember staff = StaffMember.signedIn();
		if (staff.hasRole(StaffRole.ADMINISTRATOR)) {
			return staff;
		}
		if (!staff.hasRole(StaffRole.DATA_STEWARD) || !staff.worksFor(departmentCode)) {
			throw ProblemException.forbidden("catalog.editor.notYours", departmentCode);
		}
		return staff;
	}

	/** The signed-in catalogue administrator. */
	public static StaffMember administrator() {
		return StaffMember.withAnyRole("catalog.editor.notAdministrator", StaffRole.ADMINISTRATOR);
	}
}
