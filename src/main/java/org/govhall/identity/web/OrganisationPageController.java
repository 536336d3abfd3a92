package org.govhall.identity.web;

import java.time.Clock;
import java.util.Set;

import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.internal.AccountLocks;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages of the organisation: departments, their staff, lifting lock-outs. */
@Controller
@RequestMapping("/admin/organisation")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganisationPageController {

	private final OrganisationDirectory directory;

	private final AccountLocks locks;

	private final Clock clock;

	OrganisationPageController(OrganisationDirectory directory, AccountLocks locks, Clock clock) {
		this.directory = directory;
		this.locks = locks;
		this.clock = clock;
	}

	@Bean
	static NavigationEntry organisationNavigation() {
		return new NavigationEntry("nav.organisation", "nav.organisation.description", "/admin/organisation",
				Set.of("ROLE_ADMINISTRATOR"), 800);
	}

	@GetMapping
	String departments(Model model) {
		model.addAttribute("departments", directory.departments());
		return "identity/departments";
	}

	@GetMapping("/{code}")
	String department(@PathVariable String code, Model model) {
		DepartmentSummary department = directory.departmentByCode(code)
			.orElseThrow(() -> ProblemException.notFound("identity.department.unknown", code));
		model.addAttribute("department", department);
		model.addAttribute("staff", directory.staffOf(department.id()));
		model.addAttribute("now", clock.instant());
		return "identity/department";
	}

	@PostMapping("/{code}/staff/{id}/unlock")
	String unlock(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		locks.unlock(id);
		redirect.addFlashAttribute("notice", "organisation.unlocked");
		return "redirect:/admin/organisation/" + code;
	}
}
