package org.govhall.portal.web;

import java.util.Locale;

import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.StaffPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in and for which department. */
@ControllerAdvice
class PortalModel {

	private final OrganisationDirectory directory;

	PortalModel(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute("currentStaff")
	StaffPrincipal currentStaff() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
	}

	@ModelAttribute("currentDepartmentName")
	String currentDepartmentName(Locale locale) {
		StaffPrincipal staff = currentStaff();
		return staff == null ? null
				: directory.department(staff.departmentId()).map(d -> d.name(locale)).orElse(null);
	}
}
