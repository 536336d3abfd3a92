package org.govhall.identity.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.identity.internal.oidc.OidcClientChanges;
import org.govhall.identity.internal.oidc.OidcClients;
import org.govhall.identity.internal.oidc.SigningKeys;
import org.govhall.shared.security.StaffOnly;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * Administrators run the OIDC provider over the API (单点登录接入管理): register department systems (the secret is
 * answered once), list, read and change them, disable or enable them, issue new secrets, and rotate the token
 * signing key.
 */
@RestController
@RequestMapping("/api/v1/identity")
@StaffOnly(value = ADMINISTRATOR, refusal = "identity.clients.role")
@Tag(name = "Identity")
class OidcClientApiController {

	private final OidcClients clients;

	private final OidcClientChanges changes;

	private final SigningKeys keys;

	OidcClientApiController(OidcClients clients, OidcClientChanges changes, SigningKeys keys) {
		this.clients = clients;
		this.changes = changes;
		this.keys = keys;
	}

	/** Why an administrator acts. */
	record Reason(String reason) {
	}

	@PostMapping("/clients")
	@Operation(summary = "Register a department system with the OIDC provider (administrators); the secret is shown once")
	ResponseEntity<Map<String, String>> register(@RequestBody OidcClients.NewClient client) {
		String secret = clients.register(client);
		return ResponseEntity.status(201).body(Map.of("clientId", client.clientId(), "clientSecret", secret));
	}

	@GetMapping("/clients")
	@Operation(summary = "The registered department systems (administrators)")
	List<OidcClients.ClientSummary> list() {
		return clients.list();
	}

	@GetMapping("/clients/{clientId}")
	@Operation(summary = "One registered department system (administrators)")
	OidcClients.ClientDetails client(@PathVariable String clientId) {
		return clients.details(clientId);
	}

	@PutMapping("/clients/{clientId}")
	@Operation(summary = "Change a client's name, redirect addresses and scopes (administrators)")
	OidcClients.ClientDetails update(@PathVariable String clientId, @RequestBody OidcClientChanges.ClientChange change) {
		return changes.update(clientId, change);
	}

	@PostMapping("/clients/{clientId}/disable")
	@Operation(summary = "Disable a client (administrators): no sign-in, no tokens, its tokens stop working")
	Map<String, Object> disable(@PathVariable String clientId, @RequestBody Reason body) {
		return Map.of("authorizationsEnded", changes.disable(clientId, body.reason()));
	}

	@PostMapping("/clients/{clientId}/enable")
	@Operation(summary = "Enable a disabled client again (administrators)")
	OidcClients.ClientDetails enable(@PathVariable String clientId, @RequestBody(required = false) Reason body) {
		changes.enable(clientId, body == null ? null : body.reason());
		return clients.details(clientId);
	}

	@PostMapping("/clients/{clientId}/secret")
	@Operation(summary = "Issue a new client secret, shown once; the old one stops working (administrators)")
	Map<String, String> renewSecret(@PathVariable String clientId) {
		return Map.of("clientId", clientId, "clientSecret", changes.renewSecret(clientId));
	}

	@PostMapping("/signing-keys/rotation")
	@Operation(summary = "Rotate the token signing key (administrators); tokens signed before keep verifying")
	Map<String, String> rotate(@RequestBody(required = false) Reason body) {
		String reason = body == null || body.reason() == null || body.reason().isBlank() ? "scheduled rotation"
				: body.reason();
		return Map.of("activeKeyId", keys.rotate(reason));
	}
}
