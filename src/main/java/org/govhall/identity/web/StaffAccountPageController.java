package org.govhall.identity.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.internal.PasswordChangeGate;
import org.govhall.identity.internal.SignedInSessions;
import org.govhall.identity.internal.StaffCredentials;
import org.govhall.identity.internal.people.PasswordRules;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own account (我的账号): name, department and roles, the password (changed here, which signs
 * every other device out), the second factor, and the devices signed in, each of which can be signed out.
 * Citizens have the same in their personal space.
 */
@Controller
@RequestMapping("/account")
class StaffAccountPageController {

	private final StaffCredentials credentials;

	private final SignedInSessions sessions;

	private final PageFeedback feedback;

	private final AuditTrail audit;

	StaffAccountPageController(StaffCredentials credentials, SignedInSessions sessions, PageFeedback feedback,
			AuditTrail audit) {
		this.credentials = credentials;
		this.sessions = sessions;
		this.feedback = feedback;
		this.audit = audit;
	}

	@Bean
	static NavigationEntry accountNavigation() {
		return new NavigationEntry("nav.account", "nav.account.description", "/account", Set.of(), 990);
	}

	@GetMapping
	String account(Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication.getPrincipal() instanceof PersonPrincipal) {
			return "redirect:/my";
		}
		StaffPrincipal staff = (StaffPrincipal) StaffMember.signedIn("identity.account.staffOnly");
		model.addAttribute("staff", staff)
			.addAttribute("credentials", credentials.status(staff.staffId()))
			.addAttribute("sessions", sessions.listing(staff.getUsername(), request.getSession().getId()));
		return "identity/account";
	}

	@GetMapping("/password")
	@StaffOnly(refusal = "identity.account.staffOnly")
	String passwordPage(HttpServletRequest request, Model model) {
		model.addAttribute("required", PasswordChangeGate.owed(request.getSession(false)))
			.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		return "identity/account-password";
	}

	@PostMapping("/password")
	@StaffOnly(refusal = "identity.account.staffOnly")
	String changePassword(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmPassword, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		int[] ended = new int[1];
		boolean changed = feedback.attempt(model, () -> {
			if (!newPassword.equals(confirmPassword)) {
				throw ProblemException.invalid("confirmPassword", "identity.password.confirmMismatch");
			}
			ended[0] = credentials.changeOwn(staff.staffId(), currentPassword, newPassword,
					request.getSession().getId());
		});
		if (changed) {
			PasswordChangeGate.settled(request.getSession(false));
			feedback.done(redirect, "account.password.changed", ended[0]);
			return "redirect:/account";
		}
		model.addAttribute("required", PasswordChangeGate.owed(request.getSession(false)))
			.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		return "identity/account-password";
	}

	@PostMapping("/sessions/{handle}/end")
	@StaffOnly(refusal = "identity.account.staffOnly")
	String endSession(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String handle,
			RedirectAttributes redirect) {
		if (!sessions.end(staff.getUsername(), handle)) {
			throw ProblemException.notFound("identity.session.unknown");
		}
		feedback.done(redirect, "account.session.ended");
		return "redirect:/account#sessions";
	}

	@PostMapping("/sessions/others/end")
	@StaffOnly(refusal = "identity.account.staffOnly")
	String endOthers(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request,
			RedirectAttributes redirect) {
		int ended = sessions.endOthers(staff.getUsername(), request.getSession().getId());
		audit.record(AuditEvent.of("session.endedOthers").on("principal", staff.getUsername())
			.detail("sessionsEnded", ended));
		feedback.done(redirect, "account.session.othersEnded", ended);
		return "redirect:/account#sessions";
	}
}
