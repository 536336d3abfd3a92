package org.govhall.identity.web;

import java.util.Locale;
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
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
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

	private final MessageSource messages;

	private final AuditTrail audit;

	StaffAccountPageController(StaffCredentials credentials, SignedInSessions sessions, MessageSource messages,
			AuditTrail audit) {
		this.credentials = credentials;
		this.sessions = sessions;
		this.messages = messages;
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
		StaffPrincipal staff = staff(authentication);
		model.addAttribute("staff", staff)
			.addAttribute("credentials", credentials.status(staff.staffId()))
			.addAttribute("sessions", sessions.listing(staff.getUsername(), request.getSession().getId()));
		return "identity/account";
	}

	@GetMapping("/password")
	String passwordPage(Authentication authentication, HttpServletRequest request, Model model) {
		staff(authentication);
		model.addAttribute("required", PasswordChangeGate.owed(request.getSession(false)))
			.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		return "identity/account-password";
	}

	@PostMapping("/password")
	String changePassword(Authentication authentication, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmPassword, HttpServletRequest request,
			Model model, RedirectAttributes redirect, Locale locale) {
		StaffPrincipal staff = staff(authentication);
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw new ProblemException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "validation",
						"identity.password.confirmMismatch");
			}
			int ended = credentials.changeOwn(staff.staffId(), currentPassword, newPassword,
					request.getSession().getId());
			PasswordChangeGate.settled(request.getSession(false));
			redirect.addFlashAttribute("notice", messages.getMessage("account.password.changed",
					new Object[] { ended }, locale));
			return "redirect:/account";
		}
		catch (ProblemException problem) {
			model.addAttribute("error", problem.text(messages, locale))
				.addAttribute("errorField", "identity.password.currentWrong".equals(problem.messageKey())
						? "currentPassword" : "newPassword")
				.addAttribute("required", PasswordChangeGate.owed(request.getSession(false)))
				.addAttribute("minLength", PasswordRules.MIN_LENGTH);
			return "identity/account-password";
		}
	}

	@PostMapping("/sessions/{handle}/end")
	String endSession(Authentication authentication, @PathVariable String handle, RedirectAttributes redirect,
			Locale locale) {
		if (!sessions.end(staff(authentication).getUsername(), handle)) {
			throw ProblemException.notFound("identity.session.unknown");
		}
		redirect.addFlashAttribute("notice", messages.getMessage("account.session.ended", null, locale));
		return "redirect:/account#sessions";
	}

	@PostMapping("/sessions/others/end")
	String endOthers(Authentication authentication, HttpServletRequest request, RedirectAttributes redirect,
			Locale locale) {
		StaffPrincipal staff = staff(authentication);
		int ended = sessions.endOthers(staff.getUsername(), request.getSession().getId());
		audit.record(AuditEvent.of("session.endedOthers").on("principal", staff.getUsername())
			.detail("sessionsEnded", ended));
		redirect.addFlashAttribute("notice", messages.getMessage("account.session.othersEnded",
				new Object[] { ended }, locale));
		return "redirect:/account#sessions";
	}

	private static StaffPrincipal staff(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
			throw ProblemException.forbidden("identity.account.staffOnly");
		}
		return staff;
	}
}
