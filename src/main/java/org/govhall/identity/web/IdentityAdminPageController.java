package org.govhall.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.govhall.identity.internal.oidc.OidcClientChanges;
import org.govhall.identity.internal.oidc.OidcClients;
import org.govhall.identity.internal.oidc.SigningKeys;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;

import org.springframework.context.annotation.Bean;
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
 * The administrator's page of unified identity (统一身份认证管理): the department systems connected to the OIDC
 * provider, registering a new one (its secret shown once), changing one (addresses, scopes, a new secret,
 * disabling and enabling it), and rotating the token signing key.
 */
@Controller
@RequestMapping("/admin/identity")
@StaffOnly(ADMINISTRATOR)
class IdentityAdminPageController {

	private final OidcClients clients;

	private final OidcClientChanges changes;

	private final SigningKeys keys;

	private final PageFeedback feedback;

	IdentityAdminPageController(OidcClients clients, OidcClientChanges changes, SigningKeys keys,
			PageFeedback feedback) {
		this.clients = clients;
		this.changes = changes;
		this.keys = keys;
		this.feedback = feedback;
	}

	@Bean
	static NavigationEntry identityNavigation() {
		return new NavigationEntry("nav.identityAdmin", "nav.identityAdmin.description", "/admin/identity",
				Set.of(StaffRole.ADMINISTRATOR), 810);
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
			@RequestParam(defaultValue = "false") boolean requireConsent, RedirectAttributes redirect) {
		feedback.call(redirect, () -> clients.register(new OidcClients.NewClient(clientId.strip(), name,
				lines(redirectUris), lines(postLogoutRedirectUris), scopes == null ? List.of() : scopes, signsUsersIn,
				machine, requireConsent)))
			.ifPresent(secret -> redirect.addFlashAttribute("newClient", clientId.strip())
				.addFlashAttribute("newSecret", secret));
		return "redirect:/admin/identity";
	}

	@GetMapping("/clients/{clientId}")
	String client(@PathVariable String clientId, Model model) {
		OidcClients.ClientDetails client = clients.details(clientId);
		model.addAttribute("client", client)
			.addAttribute("redirectText", String.join("\n", client.redirectUris()))
			.addAttribute("logoutText", String.join("\n", client.postLogoutRedirectUris()))
			.addAttribute("scopes", OidcClients.SCOPES.stream().sorted().toList());
		return "identity/client";
	}

	@PostMapping("/clients/{clientId}")
	String update(@PathVariable String clientId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String redirectUris,
			@RequestParam(defaultValue = "") String postLogoutRedirectUris,
			@RequestParam(required = false) List<String> scopes, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> changes.update(clientId, new OidcClientChanges.ClientChange(name,
				lines(redirectUris), lines(postLogoutRedirectUris), scopes == null ? List.of() : scopes)))) {
			feedback.done(redirect, "identityAdmin.client.updated");
		}
		return "redirect:/admin/identity/clients/" + clientId;
	}

	@PostMapping("/clients/{clientId}/disable")
	String disable(@PathVariable String clientId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		feedback.call(redirect, () -> changes.disable(clientId, reason))
			.ifPresent(ended -> feedback.done(redirect, "identityAdmin.client.disabledNow", ended));
		return "redirect:/admin/identity/clients/" + clientId;
	}

	@PostMapping("/clients/{clientId}/enable")
	String enable(@PathVariable String clientId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> changes.enable(clientId, reason))) {
			feedback.done(redirect, "identityAdmin.client.enabledNow");
		}
		return "redirect:/admin/identity/clients/" + clientId;
	}

	@PostMapping("/clients/{clientId}/secret")
	String renewSecret(@PathVariable String clientId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newSecret", changes.renewSecret(clientId));
		return "redirect:/admin/identity/clients/" + clientId;
	}

	@PostMapping("/signing-keys/rotation")
	String rotate(@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		String kid = keys.rotate(reason.isBlank() ? "管理员手动轮换" : reason.strip());
		feedback.done(redirect, "identityAdmin.rotated", kid);
		return "redirect:/admin/identity";
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("[\\r\\n\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
