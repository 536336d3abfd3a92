package org.govhall.identity.internal.oidc;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * What an administrator changes on a registered department system after registration: its redirect addresses
 * and scopes, its secret (a new one shown once; the old one stops working), and whether it may use the provider
 * at all. A disabled client signs nobody in and gets no token, and the tokens it holds stop working. Every
 * change is audited.
 */
@Service
public class OidcClientChanges {

	private final OidcClients registrations;

	private final HallRegisteredClients clients;

	private final DisabledClients disabled;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	OidcClientChanges(OidcClients registrations, HallRegisteredClients clients, DisabledClients disabled,
			PasswordEncoder passwords, JdbcClient jdbc, AuditTrail audit) {
		this.registrations = registrations;
		this.clients = clients;
		this.disabled = disabled;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** What an administrator changes: the name (kept when empty), the addresses and the scopes. */
	public record ClientChange(String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
			List<String> scopes) {
	}

	/**
	 * Changes a client's name, addresses and scopes. Authorizations that carry a scope no longer allowed end (their
	 * refresh tokens stop working), so that a system cannot keep a scope it lost.
	 */
	@Transactional
	public OidcClients.ClientDetails update(String clientId, ClientChange change) {
		RegisteredClient client = registrations.existing(clientId);
		boolean signsUsersIn = client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE);
		List<String> scopes = ClientRules.scopes(change.scopes());
		List<String> redirects = ClientRules.redirects(change.redirectUris());
		List<String> logouts = ClientRules.redirects(change.postLogoutRedirectUris());
		if (signsUsersIn && redirects.isEmpty()) {
			throw ProblemException.invalid("redirectUris", "identity.client.redirectMissing");
		}
		if (!signsUsersIn && !(redirects.isEmpty() && logouts.isEmpty())) {
			throw ProblemException.invalid("redirectUris", "identity.client.redirectsForMachines");
		}
		String name = ClientRules.name(change.name(), client.getClientName());
		clients.save(RegisteredClient.from(client)
			.clientName(name)
			.redirectUris(r -> replace(r, redirects))
			.postLogoutRedirectUris(r -> replace(r, logouts))
			.scopes(s -> replace(s, scopes))
			.build());
		Set<String> removed = new TreeSet<>(client.getScopes());
		removed.removeAll(scopes);
		int ended = removed.isEmpty() ? 0 : endAuthorizationsWith(client.getId(), removed);
		audit.record(AuditEvent.of("identity.clientUpdated").on("oidc-client", clientId).detail("name", name)
			.detail("scopes", scopes).detail("redirects", redirects).detail("logoutRedirects", logouts)
			.detail("scopesRemoved", removed).detail("authorizationsEnded", ended));
		return registrations.details(clientId);
	}

	/**
	 * Disables a client: it signs nobody in and gets no token; every authorization it holds ends (refresh tokens
	 * and userinfo stop at once) and its access tokens no longer verify anywhere. Answers how many authorizations
	 * ended.
	 */
	@Transactional
	public int disable(String clientId, String reason) {
		RegisteredClient client = registrations.existing(clientId);
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw ProblemException.invalid("reason", "identity.client.reasonMissing");
		}
		int changed = jdbc.sql("""
				update oauth2_registered_client set disabled_at = now(), disabled_reason = ?, tokens_valid_after = now()
				where client_id = ? and disabled_at is null""").params(reason.strip(), clientId).update();
		if (changed == 0) {
			throw ProblemException.conflict("identity.client.alreadyDisabled", clientId);
		}
		int ended = jdbc.sql("delete from oauth2_authorization where registered_client_id = ?").param(client.getId())
			.update();
		disabled.reread();
		audit.record(AuditEvent.of("identity.clientDisabled").on("oidc-client", clientId).because(reason.strip())
			.detail("authorizationsEnded", ended));
		return ended;
	}

	/** Enables a disabled client again: it signs users in and gets tokens as before, with the same secret. */
	@Transactional
	public void enable(String clientId, String reason) {
		registrations.existing(clientId);
		int changed = jdbc.sql("""
				update oauth2_registered_client set disabled_at = null, disabled_reason = null
				where client_id = ? and disabled_at is not null""").param(clientId).update();
		if (changed == 0) {
			throw ProblemException.conflict("identity.client.notDisabled", clientId);
		}
		disabled.reread();
		audit.record(AuditEvent.of("identity.clientEnabled").on("oidc-client", clientId)
			.because(reason == null || reason.isBlank() ? null : reason.strip()));
	}

	/**
	 * Issues a new secret, answered this once; the old one stops working at once. Tokens already issued stay
	 * valid until they expire (disabling the client ends them too).
	 */
	@Transactional
	public String renewSecret(String clientId) {
		RegisteredClient client = registrations.existing(clientId);
		String secret = registrations.newSecret();
		clients.save(RegisteredClient.from(client).clientSecret(passwords.encode(secret)).build());
		audit.record(AuditEvent.of("identity.clientSecretRenewed").on("oidc-client", clientId));
		return secret;
	}

	private int endAuthorizationsWith(String registeredClientId, Set<String> scopes) {
		List<String> ids = jdbc.sql("""
				select id, coalesce(authorized_scopes, '') from oauth2_authorization where registered_client_id = ?""")
			.param(registeredClientId)
			.query((rs, n) -> Arrays.stream(rs.getString(2).split(",")).map(String::strip).anyMatch(scopes::contains)
					? rs.getString(1) : null)
			.list().stream().filter(Objects::nonNull).toList();
		ids.forEach(id -> jdbc.sql("delete from oauth2_authorization where id = ?").param(id).update());
		return ids.size();
	}

	private static void replace(Set<String> target, List<String> values) {
		target.clear();
		target.addAll(values);
	}
}
