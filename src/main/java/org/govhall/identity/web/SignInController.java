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

	SignInController(SignInPolicy policy) {
		this.policy = policy;
	}

	@Bean
	static PublicPaths identityPublicPaths() {
		return PublicPaths.of("/login");
	}

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/workbench";
		}
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "locked" -> "signIn.error.locked";
				case "disabled" -> "signIn.error.disabled";
				default -> "signIn.error.credentials";
			});
		}
		model.addAttribute("lockMinutes", policy.lockDuration().toMinutes());
		model.addAttribute("maxAttempts", policy.maxFailedAttempts());
		return "identity/login";
	}
}
