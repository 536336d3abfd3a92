package org.govhall.identity.web;

import org.govhall.identity.internal.SignInPolicy;
import org.govhall.shared.web.PublicPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page (工作人员登录). Signing in and out themselves are handled by the security filters. */
@Controller
class SignInController {

	private final SignInPolicy policy;

	private final SingleSignOnForms forms;

	SignInController(SignInPolicy policy, SingleSignOnForms forms) {
		this.policy = policy;
		this.forms = forms;
	}

	@Bean
	static PublicPaths identityPublicPaths() {
		return PublicPaths.of("/login");
	}

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String registered,
			@RequestParam(required = false) String passwordReset, Authentication authentication, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		forms.allowRedirects(response);
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return authentication.getPrincipal() instanceof org.govhall.identity.PersonPrincipal ? "redirect:/my"
					: "redirect:/workbench";
		}
		if (registered != null && registered.matches("REAL_NAME|REGISTERED")) {
			model.addAttribute("registered", registered);
		}
		model.addAttribute("passwordReset", passwordReset != null);
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "locked" -> "signIn.error.locked";
				case "secondFactorLocked" -> "signIn.error.secondFactorLocked";
				case "disabled" -> "signIn.error.disabled";
				case "throttled" -> "signIn.error.throttled";
				default -> "signIn.error.credentials";
			});
		}
		model.addAttribute("lockMinutes", policy.lockDuration().toMinutes());
		model.addAttribute("maxAttempts", policy.maxFailedAttempts());
		return "identity/login";
	}
}
