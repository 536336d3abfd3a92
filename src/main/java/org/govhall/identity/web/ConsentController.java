package org.govhall.identity.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.govhall.shared.web.ProblemException;

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
 * words, with "allow" and "deny". The choice goes back to the provider's authorization endpoint.
 */
@Controller
class ConsentController {

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationConsentService consents;

	private final SingleSignOnForms forms;

	ConsentController(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents,
			SingleSignOnForms forms) {
		this.forms = forms;
		this.clients = clients;
		this.consents = consents;
	}

	@GetMapping("/oauth2/consent")
	String consent(Principal principal, @RequestParam("client_id") String clientId, @RequestParam String scope,
			@RequestParam String state, Model model, jakarta.servlet.http.HttpServletResponse response) {
		forms.allowRedirects(response);
		RegisteredClient client = clients.findByClientId(clientId);
		if (client == null) {
			throw ProblemException.notFound("identity.client.unknown", clientId);
		}
		OAuth2AuthorizationConsent earlier = consents.findById(client.getId(), principal.getName());
		Set<String> already = earlier == null ? Set.of() : earlier.getScopes();
		Set<String> asked = new LinkedHashSet<>(Arrays.asList(scope.split(" ")));
		asked.remove("openid");
		model.addAttribute("client", client).addAttribute("state", state)
			.addAttribute("newScopes", asked.stream().filter(s -> !already.contains(s)).toList())
			.addAttribute("grantedScopes", asked.stream().filter(already::contains).toList());
		return "identity/consent";
	}
}
