package org.govhall.identity.internal.oidc;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Department systems registered with the OIDC provider by an administrator: redirect addresses (https, or
 * http on the loopback address 127.0.0.1 for development), the scopes they may ask for, and whether they sign users in (authorization
 * code with PKCE, always) or call the exchange as machines (client credentials). The secret is shown once and
 * stored hashed. Changes after registration are {@link OidcClientChanges}.
 */
@Service
public class OidcClients {

	public static final Set<String> SCOPES = Set.of("openid", "profile", "phone", HallClaims.SCOPE_ID_NUMBER,
			HallClaims.SCOPE_COMPANY, HallClaims.SCOPE_EXCHANGE);

	private final HallRegisteredClients clients;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final org.govhall.identity.internal.IdentityProperties properties;

	private final SecureRandom random = new SecureRandom();

	OidcClients(HallRegisteredClients clients, PasswordEncoder passwords, JdbcClient jdbc, AuditTrail audit,
			org.govhall.identity.internal.IdentityProperties properties) {
		this.clients = clients;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
	}

	/** What an administrator asks for. */
	public record NewClient(String clientId, String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
			List<String> scopes, Boolean signsUsersIn, Boolean machine, Boolean requireConsent) {

		/** Omitted choices are "no", except consent, which is asked unless switched off. */
		public NewClient {
			signsUsersIn = Boolean.TRUE.equals(signsUsersIn);
			machine = Boolean.TRUE.equals(machine);
			requireConsent = !Boolean.FALSE.equals(requireConsent);
		}
	}

	/** A registered client as listed. */
	public record ClientSummary(String clientId, String name, String grantTypes, String scopes, String redirectUris,
			boolean enabled) {
	}

	/** Registers a client; answers its secret, shown this once. */
	@Transactional
	public String register(NewClient request) {
		if (request.clientId() == null || !request.clientId().matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			throw ProblemException.invalid("clientId", "identity.client.id");
		}
		if (clients.findAnyByClientId(request.clientId()) != null) {
			throw ProblemException.conflict("identity.client.exists", request.clientId());
		}
		if (!request.signsUsersIn() && !request.machine()) {
			throw ProblemException.invalid("signsUsersIn", "identity.client.noGrant");
		}
		List<String> scopes = ClientRules.scopes(request.scopes());
		List<String> redirects = ClientRules.redirects(request.redirectUris());
		List<String> logouts = ClientRules.redirects(request.postLogoutRedirectUris());
		if (request.signsUsersIn() && redirects.isEmpty()) {
			throw ProblemException.invalid("redirectUris", "identity.client.redirectMissing");
		}
		String secret = newSecret();
		RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(request.clientId())
			.clientName(ClientRules.name(request.name(), request.clientId()))
			.clientSecret(passwords.encode(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.scopes(s -> s.addAll(scopes))
			.clientSettings(ClientSettings.builder().requireProofKey(request.signsUsersIn())
				.requireAuthorizationConsent(request.requireConsent()).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime())
				.refreshTokenTimeToLive(Duration.ofHours(8)).reuseRefreshTokens(false).build());
		if (request.signsUsersIn()) {
			client.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				.redirectUris(r -> r.addAll(redirects))
				.postLogoutRedirectUris(r -> r.addAll(logouts));
		}
		if (request.machine()) {
			client.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
		}
		clients.save(client.build());
		audit.record(AuditEvent.of("identity.clientRegistered").on("oidc-client", request.clientId())
			.detail("scopes", scopes).detail("redirects", redirects).detail("machine", request.machine()));
		return secret;
	}

	public List<ClientSummary> list() {
		return jdbc.sql("""
				select client_id, client_name, authorization_grant_types, scopes, coalesce(redirect_uris, ''),
				       disabled_at is null
				from oauth2_registered_client order by client_id""")
			.query((rs, n) -> new ClientSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	/** A client as an administrator edits it. */
	public record ClientDetails(String clientId, String name, boolean signsUsersIn, boolean machine,
			boolean requireConsent, List<String> redirectUris, List<String> postLogoutRedirectUris,
			List<String> scopes, boolean enabled, java.time.Instant disabledAt, String disabledReason) {
	}

	public ClientDetails details(String clientId) {
		RegisteredClient client = existing(clientId);
		var status = jdbc.sql("select disabled_at, disabled_reason from oauth2_registered_client where client_id = ?")
			.param(clientId)
			.query((rs, n) -> new Object[] { rs.getTimestamp(1), rs.getString(2) }).single();
		java.sql.Timestamp disabledAt = (java.sql.Timestamp) status[0];
		return new ClientDetails(client.getClientId(), client.getClientName(),
				client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE),
				client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.CLIENT_CREDENTIALS),
				client.getClientSettings().isRequireAuthorizationConsent(), sorted(client.getRedirectUris()),
				sorted(client.getPostLogoutRedirectUris()), sorted(client.getScopes()), disabledAt == null,
				disabledAt == null ? null : disabledAt.toInstant(), (String) status[1]);
	}

	RegisteredClient existing(String clientId) {
		RegisteredClient client = clientId == null ? null : clients.findAnyByClientId(clientId);
		if (client == null) {
			throw ProblemException.notFound("identity.client.unknown", clientId);
		}
		return client;
	}

	String newSecret() {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

	/** The origins (scheme, host and port) of every redirect address of an enabled client. */
	public java.util.Set<String> redirectOrigins() {
		java.util.Set<String> origins = new java.util.TreeSet<>();
		for (String uris : jdbc.sql(
				"select coalesce(redirect_uris, '') from oauth2_registered_client where disabled_at is null")
			.query(String.class).list()) {
			for (String uri : uris.split(",")) {
				try {
					URI parsed = URI.create(uri.strip());
					if (parsed.getScheme() != null && parsed.getHost() != null) {
						origins.add(parsed.getScheme() + "://" + parsed.getRawAuthority());
					}
				}
				catch (IllegalArgumentException ignored) {
					// never stored: registration checks every address
				}
			}
		}
		return origins;
	}

}
