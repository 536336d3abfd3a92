package org.govhall.identity.web;

import java.time.Clock;
import java.util.Set;

import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.StaffSummary;
import org.govhall.identity.internal.AccountLocks;
import org.govhall.identity.internal.StaffCredentials;
import org.govhall.identity.internal.people.PasswordRules;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * Administrators' pages of the organisation: departments, their staff, lifting lock-outs, and a staff member's
 * sign-in help (a temporary password, removing a lost authenticator), always with a reason.
 */
@Controller
@RequestMapping("/admin/organisation")
@StaffOnly(ADMINISTRATOR)
class OrganisationPageController {

	private final OrganisationDirectory directory;

	private final AccountLocks locks;

	private final StaffCredentials credentials;

	private final PageFeedback feedback;

	private final Clock clock;

	OrganisationPageController(OrganisationDirectory directory, AccountLocks locks, StaffCredentials credentials,
			PageFeedback feedback, Clock clock) {
		this.directory = directory;
		this.locks = locks;
		this.credentials = credentials;
		this.feedback = feedback;
		this.clock = clock;
	}

	@Bean
	static NavigationEntry organisationNavigation() {
		return new NavigationEntry("nav.organisation", "nav.organisation.description", "/admin/organisation",
				Set.of(StaffRole.ADMINISTRATOR), 800);
	}

	@GetMapping
	String departments(Model model) {
		model.addAttribute("departments", directory.departments());
		return "identity/departments";
	}

	@GetMapping("/{code}")
	String department(@PathVariable String code, Model model) {
		DepartmentSummary department = department(code);
		model.addAttribute("department", department);
		model.addAttribute("staff", directory.staffOf(department.id()));
		model.addAttribute("now", clock.instant());
		return "identity/department";
	}

	@PostMapping("/{code}/staff/{id}/unlock")
	String unlock(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		locks.unlock(id);
		feedback.done(redirect, "organisation.unlocked");
		return "redirect:/admin/organisation/" + code;
	}

	@GetMapping("/{code}/staff/{id}")
	String staffMember(@PathVariable String code, @PathVariable long id, Model model) {
		DepartmentSummary department = department(code);
		model.addAttribute("department", department).addAttribute("member", member(department, id))
			.addAttribute("credentials", credentials.status(id)).addAttribute("now", clock.instant())
			.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		return "identity/staff-member";
	}

	@PostMapping("/{code}/staff/{id}/temporary-password")
	String temporaryPassword(@PathVariable String code, @PathVariable long id, @RequestParam String reason,
			@RequestParam(defaultValue = "") String password, @AuthenticationPrincipal StaffPrincipal admin,
			RedirectAttributes redirect) {
		StaffSummary member = member(department(code), id);
		feedback.call(redirect, () -> credentials.setTemporaryPassword(id, password, reason, admin.getUsername()))
			.ifPresent(set -> {
				feedback.done(redirect, "organisation.temporaryPassword.set", member.displayName(),
						set.sessionsEnded());
				if (set.generated() != null) {
					redirect.addFlashAttribute("temporaryPassword", set.generated());
				}
			});
		return "redirect:/admin/organisation/" + code + "/staff/" + id;
	}

	@PostMapping("/{code}/staff/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable String code, @PathVariable long id, @RequestParam String reason,
			@AuthenticationPrincipal StaffPrincipal admin, RedirectAttributes redirect) {
		StaffSummary member = member(department(code), id);
		feedback.call(redirect, () -> credentials.resetSecondFactor(id, reason, admin.getUsername()))
			.ifPresent(ended -> feedback.done(redirect, "organisation.secondFactor.reset", member.displayName(),
					ended));
		return "redirect:/admin/organisation/" + code + "/staff/" + id;
	}

	private DepartmentSummary department(String code) {
		return directory.departmentByCode(code)
			.orElseThrow(() -> ProblemException.notFound("identity.department.unknown", code));
	}

	/** The staff member, who must belong to the department named in the address. */
	private StaffSummary member(DepartmentSummary department, long id) {
		return directory.staffMember(id).filter(s -> s.departmentId() == department.id())
			.orElseThrow(() -> ProblemException.notFound("identity.staff.unknown", id));
	}
}
