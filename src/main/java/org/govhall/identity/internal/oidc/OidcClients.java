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

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department systems registered with the OIDC provider by an administrator: redirect addresses (https, or
 * http on the loopback address 127.0.0.1 for development), the scopes they may ask for, and whether they sign users in (authorization
 * code with PKCE, always) or call the exchange as machines (client credentials). The secret is shown once and
 * stored hashed.
 */
@Service
public class OidcClients {

	public static final Set<String> SCOPES = Set.of("openid", "profile", "phone", HallClaims.SCOPE_ID_NUMBER,
			HallClaims.SCOPE_COMPANY, HallClaims.SCOPE_EXCHANGE);

	private final RegisteredClientRepository clients;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final org.govhall.identity.internal.IdentityProperties properties;

	private final SecureRandom random = new SecureRandom();

	OidcClients(RegisteredClientRepository clients, PasswordEncoder passwords, JdbcClient jdbc, AuditTrail audit,
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
	public record ClientSummary(String clientId, String name, String grantTypes, String scopes, String redirectUris) {
	}

	/** Registers a client; answers its secret, shown this once. */
	@Transactional
	public String register(NewClient request) {
		if (request.clientId() == null || !request.clientId().matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			throw invalid("identity.client.id");
		}
		if (clients.findByClientId(request.clientId()) != null) {
			throw ProblemException.conflict("identity.client.exists", request.clientId());
		}
		if (!request.signsUsersIn() && !request.machine()) {
			throw invalid("identity.client.noGrant");
		}
		List<String> scopes = request.scopes() == null ? List.of() : request.scopes();
		if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
			throw invalid("identity.client.scopes", String.join(", ", SCOPES.stream().sorted().toList()));
		}
		List<String> redirects = clean(request.redirectUris());
		List<String> logouts = clean(request.postLogoutRedirectUris());
		if (request.signsUsersIn() && redirects.isEmpty()) {
			throw invalid("identity.client.redirectMissing");
		}
		for (String uri : concat(redirects, logouts)) {
			checkRedirect(uri);
		}
		byte[] secretBytes = new byte[32];
		random.nextBytes(secretBytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(request.clientId())
			.clientName(request.name() == null || request.name().isBlank() ? request.clientId() : request.name().strip())
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
				select client_id, client_name, authorization_grant_types, scopes, coalesce(redirect_uris, '')
				from oauth2_registered_client order by client_id""")
			.query((rs, n) -> new ClientSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** The origins (scheme, host and port) of every registered redirect address. */
	public java.util.Set<String> redirectOrigins() {
		java.util.Set<String> origins = new java.util.TreeSet<>();
		for (String uris : jdbc.sql("select coalesce(redirect_uris, '') from oauth2_registered_client")
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

	private static void checkRedirect(String uri) {
		URI parsed;
		try {
			parsed = URI.create(uri);
		}
		catch (IllegalArgumentException bad) {
			throw invalid("identity.client.redirect", uri);
		}
		// RFC 8252: a native or development client listens on the loopback address, not on the name "localhost"
		boolean local = "127.0.0.1".equals(parsed.getHost()) || "[::1]".equals(parsed.getHost());
		if (parsed.getFragment() != null || parsed.getHost() == null
				|| !("https".equals(parsed.getScheme()) || ("http".equals(parsed.getScheme()) && local))) {
			throw invalid("identity.client.redirect", uri);
		}
	}

	private static List<String> clean(List<String> uris) {
		return uris == null ? List.of() : uris.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	private static ProblemException invalid(String key, Object... args) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "validation", key, args);
	}
}
