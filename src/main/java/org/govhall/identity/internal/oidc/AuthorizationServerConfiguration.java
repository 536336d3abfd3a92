package org.govhall.identity.internal.oidc;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.web.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The OpenID Connect provider (统一身份认证平台) for department systems: discovery, JWKS, authorization code with
 * PKCE, refresh tokens, client credentials, userinfo and RP-initiated logout, on Spring Authorization Server. Its
 * chain comes first and covers only the protocol endpoints; a browser that is not signed in goes to the hall's
 * own sign-in page, so the hall, the workbench and every department system share one session.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	@Order(-10)
	SecurityFilterChain authorizationServerChain(HttpSecurity http, HallClaims claims, ProblemResponses problems)
			throws Exception {
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.authorizationEndpoint(endpoint -> endpoint.consentPage("/oauth2/consent"))
				.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> new OidcUserInfo(
						claims.of(context.getAuthorization(), new HashSet<>(context.getAccessToken().getScopes())))))
					.logoutEndpoint(Customizer.withDefaults()));
		});
		return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.addFilterBefore(new org.govhall.identity.internal.SecondFactorGate(problems),
					AuthorizationFilter.class)
			.addFilterBefore(new org.govhall.identity.internal.PasswordChangeGate(problems),
					AuthorizationFilter.class)
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
			.build();
	}

	/**
	 * The provider's view of sessions (the "sid" of ID tokens and RP-initiated logout) is the shared session store,
	 * keyed by principal name, so that logout works on any node and with the plain principal kept in
	 * authorizations.
	 */
	@Bean
	org.springframework.security.core.session.SessionRegistry sessionRegistry(
			org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session> sessions) {
		return new org.springframework.session.security.SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	HallRegisteredClients registeredClients(JdbcTemplate jdbc, org.springframework.jdbc.core.simple.JdbcClient sql) {
		return new HallRegisteredClients(new JdbcRegisteredClientRepository(jdbc), sql);
	}

	@Bean
	OAuth2AuthorizationService authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new HallAuthorizations(new JdbcOAuth2AuthorizationService(jdbc, clients));
	}

	@Bean
	OAuth2AuthorizationConsentService consents(JdbcTemplate jdbc, RegisteredClientRepository clients,
			org.govhall.shared.audit.AuditTrail audit) {
		return new AuditedConsents(new JdbcOAuth2AuthorizationConsentService(jdbc, clients), audit);
	}

	/**
	 * Validates the provider's own tokens (userinfo, the exchange gateway): RS256 only, with the public key of the
	 * token's key id taken from the published keys (converted once per key, not per token), then Spring's
	 * timestamp checks. A key retired beyond its grace period no longer verifies anything, nor does a token of a
	 * client an administrator disabled. Each token's signature is verified once ({@link VerifiedTokens}); the
	 * timestamps and the disabled clients are checked on every use.
	 */
	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, DisabledClients disabledClients, java.time.Clock clock) {
		NimbusJwtDecoder verifier = NimbusJwtDecoder.withJwkSource(keys)
			.jwtProcessorCustomizer(processor -> processor.setJWSKeySelector((header, context) ->
					com.nimbusds.jose.JWSAlgorithm.RS256.equals(header.getAlgorithm())
							? keys.verificationKey(header.getKeyID()).map(java.util.List::<java.security.Key>of)
								.orElse(java.util.List.of())
							: java.util.List.of()))
			.build();
		verifier.setJwtValidator(token -> org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success());
		return new VerifiedTokens(verifier, new org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator<>(
				org.springframework.security.oauth2.jwt.JwtValidators.createDefault(), disabledClients),
				kid -> keys.verificationKey(kid).isPresent(), clock);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		if (!properties.issuer().isBlank()) {
			settings.issuer(properties.issuer());
		}
		return settings.build();
	}

	/**
	 * Signs with the active key (named in the header, so that a retired key is never picked) and puts the level of
	 * assurance into ID tokens and person access tokens; the client credentials token carries its scopes only.
	 * Every access token issued (a department system signing someone in, refreshing, or calling as a machine) is
	 * audited.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(SigningKeys keys, HallClaims claims,
			TokenIssuanceAudit issued, DisabledClients disabledClients) {
		return context -> {
			context.getJwsHeader().keyId(keys.activeKid());
			disabledClients.stamp(context.getRegisteredClient().getClientId())
				.ifPresent(stamp -> context.getClaims().claim(DisabledClients.STAMP_CLAIM, stamp));
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
					|| context.getAuthorization() == null) {
				if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
					issued.record(context, Map.of());
				}
				return;
			}
			Map<String, Object> about = claims.of(context.getAuthorization(), context.getAuthorizedScopes());
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				issued.record(context, about);
			}
			boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
			for (String claim : Set.of("acr", "loa", "account_type", "name", "department", "company")) {
				if (about.containsKey(claim) && (idToken || !"name".equals(claim))) {
					context.getClaims().claim(claim, about.get(claim));
				}
			}
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().claim("roles", about.getOrDefault("roles", new java.util.ArrayList<String>()));
			}
		};
	}
}
