package org.govhall.catalog.internal;

import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change the catalogue: a department's data stewards (its catalogue editors) for their own department's
 * items, and administrators (the catalogue administrators) for every item and for review and publication.
 */
@Component
public class EditorAccess {

	public StaffPrincipal staff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
			throw new AuthenticationCredentialsNotFoundException("Catalogue editing needs a signed-in staff member");
		}
		return staff;
	}

	public String actor() {
		return staff().getUsername();
	}

	public void requireEditorOf(String departmentCode) {
		StaffPrincipal staff = staff();
		if (staff.hasRole(StaffRole.ADMINISTRATOR)) {
			return;
		}
		if (!staff.hasRole(StaffRole.DATA_STEWARD) || !staff.departmentCode().equals(departmentCode)) {
			throw ProblemException.forbidden("catalog.editor.notYours", departmentCode);
		}
	}

	public void requireCatalogueAdministrator() {
		if (!staff().hasRole(StaffRole.ADMINISTRATOR)) {
			throw ProblemException.forbidden("catalog.editor.notAdministrator");
		}
	}
}
