package org.govhall.identity.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.StaffRole;
import org.govhall.identity.internal.oidc.OidcClientChanges;
import org.govhall.identity.internal.oidc.OidcClients;
import org.govhall.shared.web.ProblemException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators manage a registered department system over the API: read it, change its addresses and scopes,
 * disable or enable it, and issue a new secret (answered once).
 */
@RestController
@RequestMapping("/api/v1/identity/clients/{clientId}")
class OidcClientApiController {

	private final OidcClients clients;

	private final OidcClientChanges changes;

	OidcClientApiController(OidcClients clients, OidcClientChanges changes) {
		this.clients = clients;
		this.changes = changes;
	}

	/** Why an administrator acts. */
	record Reason(String reason) {
	}

	@GetMapping
	OidcClients.ClientDetails client(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String clientId) {
		administrator(staff);
		return clients.details(clientId);
	}

	@PutMapping
	@Operation(summary = "Change a client's name, redirect addresses and scopes (administrators)")
	OidcClients.ClientDetails update(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String clientId,
			@RequestBody OidcClientChanges.ClientChange change) {
		administrator(staff);
		return changes.update(clientId, change);
	}

	@PostMapping("/disable")
	@Operation(summary = "Disable a client (administrators): no sign-in, no tokens, its tokens stop working")
	Map<String, Object> disable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String clientId,
			@RequestBody Reason body) {
		administrator(staff);
		return Map.of("authorizationsEnded", changes.disable(clientId, body.reason()));
	}

	@PostMapping("/enable")
	@Operation(summary = "Enable a disabled client again (administrators)")
	OidcClients.ClientDetails enable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String clientId,
			@RequestBody(required = false) Reason body) {
		administrator(staff);
		changes.enable(clientId, body == null ? null : body.reason());
		return clients.details(clientId);
	}

	@PostMapping("/secret")
	@Operation(summary = "Issue a new client secret, shown once; the old one stops working (administrators)")
	Map<String, String> renewSecret(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String clientId) {
		administrator(staff);
		return Map.of("clientId", clientId, "clientSecret", changes.renewSecret(clientId));
	}

	private static void administrator(StaffPrincipal staff) {
		if (staff == null || !staff.hasRole(StaffRole.ADMINISTRATOR)) {
			throw ProblemException.forbidden("identity.clients.role");
		}
	}
}
