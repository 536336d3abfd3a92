package org.govhall.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govhall.identity.internal.oidc.OidcClients;
import org.govhall.identity.internal.oidc.SigningKeys;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of unified identity (统一身份认证管理): the department systems connected to the OIDC
 * provider, registering a new one (its secret shown once), and rotating the token signing key.
 */
@Controller
@RequestMapping("/admin/identity")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class IdentityAdminPageController {

	private final OidcClients clients;

	private final SigningKeys keys;

	private final MessageSource messages;

	IdentityAdminPageController(OidcClients clients, SigningKeys keys, MessageSource messages) {
		this.clients = clients;
		this.keys = keys;
		this.messages = messages;
	}

	@Bean
	static NavigationEntry identityNavigation() {
		return new NavigationEntry("nav.identityAdmin", "nav.identityAdmin.description", "/admin/identity",
				Set.of("ROLE_ADMINISTRATOR"), 810);
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("clients", clients.list()).addAttribute("scopes", OidcClients.SCOPES.stream().sorted().toList())
			.addAttribute("activeKey", keys.activeKid());
		return "identity/admin";
	}

	@PostMapping("/clients")
	String register(@RequestParam String clientId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String redirectUris,
			@RequestParam(defaultValue = "") String postLogoutRedirectUris,
			@RequestParam(required = false) List<String> scopes, @RequestParam(defaultValue = "false") boolean signsUsersIn,
			@RequestParam(defaultValue = "false") boolean machine,
			@RequestParam(defaultValue = "false") boolean requireConsent, RedirectAttributes redirect, Locale locale) {
		try {
			String secret = clients.register(new OidcClients.NewClient(clientId.strip(), name, lines(redirectUris),
					lines(postLogoutRedirectUris), scopes == null ? List.of() : scopes, signsUsersIn, machine,
					requireConsent));
			redirect.addFlashAttribute("newClient", clientId.strip()).addFlashAttribute("newSecret", secret);
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("error", problem.text(messages, locale));
		}
		return "redirect:/admin/identity";
	}

	@PostMapping("/signing-keys/rotation")
	String rotate(@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		String kid = keys.rotate(reason.isBlank() ? "管理员手动轮换" : reason.strip());
		redirect.addFlashAttribute("notice", messages.getMessage("identityAdmin.rotated", new Object[] { kid }, locale));
		return "redirect:/admin/identity";
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("[\\r\\n\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
