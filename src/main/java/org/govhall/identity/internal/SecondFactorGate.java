package org.govhall.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.govhall.shared.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a staff member whose password was right but whose second factor is still owed (or who must enrol one)
 * at the second-factor pages: every other page redirects there and every API call is refused, in the hall and in
 * the OIDC provider alike, until the code is given.
 */
public final class SecondFactorGate extends OncePerRequestFilter {

	/** Session attribute: {@code VERIFY} or {@code ENROL} while the second factor is owed. */
	static final String OWED = "govhall.secondFactorOwed";

	private static final Set<String> OPEN_PREFIXES = Set.of("/login/second-factor", "/account/second-factor",
			"/logout", "/css/", "/js/", "/webjars/", "/error", "/favicon");

	private final ProblemResponses problems;

	public SecondFactorGate(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Object owed = session == null ? null : session.getAttribute(OWED);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (owed == null || OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED);
			return;
		}
		response.sendRedirect(request.getContextPath()
				+ ("ENROL".equals(owed) ? "/account/second-factor" : "/login/second-factor"));
	}
}
