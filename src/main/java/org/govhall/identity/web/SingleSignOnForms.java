package org.govhall.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.govhall.identity.internal.ContentSecurity;
import org.govhall.identity.internal.oidc.OidcClients;

import org.springframework.stereotype.Component;

/**
 * Lets the forms of the sign-in, second-factor and consent pages end at a registered department system: after
 * signing in during single sign-on the browser is redirected on to the system's callback, which the page's
 * {@code form-action} must name.
 */
@Component
class SingleSignOnForms {

	private final OidcClients clients;

	SingleSignOnForms(OidcClients clients) {
		this.clients = clients;
	}

	void allowRedirects(HttpServletResponse response) {
		response.setHeader(ContentSecurity.HEADER, ContentSecurity.policyAllowingFormsTo(clients.redirectOrigins()));
	}
}
