package org.govhall.identity.internal.oidc;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.StaffPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stores authorizations in PostgreSQL (so that codes and refresh tokens survive a restart and work on every
 * node), keeping of the signed-in user only their name and authorities: the hall's own principal types stay out
 * of the stored JSON. When the person acts for a company at the moment of authorizing, the company is noted so
 * that tokens can say so (and it is checked again when they are issued).
 */
final class HallAuthorizations implements OAuth2AuthorizationService {

	/** Authorization attribute: the company account the person acted for when authorizing. */
	static final String ACTING_COMPANY = "govhall.actingCompany";

	/** Authorization attribute: {@code person} or {@code staff}. */
	static final String KIND = "govhall.kind";

	private final OAuth2AuthorizationService store;

	HallAuthorizations(OAuth2AuthorizationService store) {
		this.store = store;
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		Object principal = authorization.getAttribute(Principal.class.getName());
		if (principal instanceof Authentication auth
				&& (auth.getPrincipal() instanceof PersonPrincipal || auth.getPrincipal() instanceof StaffPrincipal)) {
			UsernamePasswordAuthenticationToken plain = UsernamePasswordAuthenticationToken.authenticated(auth.getName(),
					null, List.copyOf(auth.getAuthorities()));
			OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization)
				.attribute(Principal.class.getName(), plain)
				.attribute(KIND, auth.getPrincipal() instanceof PersonPrincipal ? "person" : "staff");
			actingCompany().ifPresent(company -> builder.attribute(ACTING_COMPANY, company));
			authorization = builder.build();
		}
		store.save(authorization);
	}

	private static java.util.Optional<String> actingCompany() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			Object company = session == null ? null : session.getAttribute(org.govhall.identity.Representations.ACTING_COMPANY);
			if (company != null) {
				return java.util.Optional.of(company.toString());
			}
		}
		return java.util.Optional.empty();
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		store.remove(authorization);
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return store.findById(id);
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		return store.findByToken(token, tokenType);
	}
}
