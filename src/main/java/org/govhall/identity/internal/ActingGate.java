package org.govhall.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.identity.internal.people.CompanyRoles;
import org.govhall.shared.security.ActingFor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks on every request the company a person chose to act for: while the authorisation holds, the request
 * carries the company (pages show it, the audit trail records it beside the person); the moment it is revoked or
 * expires, the choice is dropped and the page says so.
 */
final class ActingGate extends OncePerRequestFilter {

	private final CompanyRoles companies;

	ActingGate(CompanyRoles companies) {
		this.companies = companies;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Object chosen = session == null ? null : session.getAttribute(Representations.ACTING_COMPANY);
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (chosen instanceof Long companyId && auth != null && auth.getPrincipal() instanceof PersonPrincipal person) {
			companies.in(person.accountId(), companyId).ifPresentOrElse(role -> {
				request.setAttribute(ActingFor.REQUEST_ATTRIBUTE, role.creditCode());
				request.setAttribute(Representations.ACTING_ROLE, role);
			}, () -> {
				session.removeAttribute(Representations.ACTING_COMPANY);
				request.setAttribute(Representations.ACTING_ENDED, Boolean.TRUE);
			});
		}
		chain.doFilter(request, response);
	}
}
