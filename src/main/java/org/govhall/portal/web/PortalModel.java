package org.govhall.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.identity.StaffPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in and for which department. */
@ControllerAdvice
class PortalModel {

	private final OrganisationDirectory directory;

	private final Representations representations;

	PortalModel(OrganisationDirectory directory, Representations representations) {
		this.directory = directory;
		this.representations = representations;
	}

	@ModelAttribute("currentStaff")
	StaffPrincipal currentStaff() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
	}

	@ModelAttribute("currentPerson")
	PersonPrincipal currentPerson() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof PersonPrincipal person ? person : null;
	}

	/** The company the request acts for (checked on this request), shown in a banner on every page. */
	@ModelAttribute("actingRole")
	CompanyRole actingRole() {
		return representations.acting().orElse(null);
	}

	@ModelAttribute("actingEnded")
	boolean actingEnded(HttpServletRequest request) {
		return request.getAttribute(Representations.ACTING_ENDED) != null;
	}

	@ModelAttribute("currentDepartmentName")
	String currentDepartmentName(Locale locale) {
		StaffPrincipal staff = currentStaff();
		return staff == null ? null
				: directory.department(staff.departmentId()).map(d -> d.name(locale)).orElse(null);
	}
}
