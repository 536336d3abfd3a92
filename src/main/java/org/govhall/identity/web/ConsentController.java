package org.govhall.identity.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent page (授权确认) a department system leads to: which system asks for what about the person, in plain
 * words, with "allow" and "deny". The choice goes back to the provider's authorization endpoint. Only scopes the
 * system is registered for, and that the hall can name, are shown: whatever else the address carries is
 * dropped (the provider itself refuses a request for scopes the system may not have).
 */
@Controller
class ConsentController {

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationConsentService consents;

	private final SingleSignOnForms forms;

	private final MessageSource messages;

	ConsentController(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents,
			SingleSignOnForms forms, MessageSource messages) {
		this.forms = forms;
		this.clients = clients;
		this.consents = consents;
		this.messages = messages;
	}

	/** A scope as the page shows it: its name (sent back) and its description in the person's language. */
	record ScopeChoice(String scope, String label) {
	}

	@GetMapping("/oauth2/consent")
	String consent(Principal principal, @RequestParam("client_id") String clientId, @RequestParam String scope,
			@RequestParam String state, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		forms.allowRedirects(response);
		RegisteredClient client = clients.findByClientId(clientId);
		if (client == null) {
			throw ProblemException.notFound("identity.client.unknown", clientId);
		}
		OAuth2AuthorizationConsent earlier = consents.findById(client.getId(), principal.getName());
		Set<String> already = earlier == null ? Set.of() : earlier.getScopes();
		List<ScopeChoice> asked = new LinkedHashSet<>(Arrays.asList(scope.split(" "))).stream()
			.filter(s -> !"openid".equals(s) && client.getScopes().contains(s))
			.map(s -> new ScopeChoice(s, messages.getMessage("consent.scope." + s, null, null, locale)))
			.filter(choice -> choice.label() != null)
			.toList();
		model.addAttribute("client", client).addAttribute("state", state)
			.addAttribute("newScopes", asked.stream().filter(c -> !already.contains(c.scope())).toList())
			.addAttribute("grantedScopes", asked.stream().filter(c -> already.contains(c.scope())).toList());
		return "identity/consent";
	}
}
