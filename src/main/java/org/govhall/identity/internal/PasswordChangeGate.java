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
 * Holds a staff member who signed in with a temporary password at the password page until they choose their
 * own: every other page redirects there and every other API call is refused, in the hall and in the OIDC
 * provider alike. A second factor owed comes first ({@link SecondFactorGate}).
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

	/** Session attribute set at sign-in while the password must be changed. */
	static final String OWED = "govhall.passwordChangeOwed";

	/** Where the staff member changes the password. */
	public static final String PAGE = "/account/password";

	private static final Set<String> OPEN_PREFIXES = Set.of(PAGE, "/api/v1/identity/me/password",
			"/login/second-factor", "/account/second-factor", "/logout", "/css/", "/js/", "/webjars/", "/error",
			"/favicon");

	private final ProblemResponses problems;

	public PasswordChangeGate(ProblemResponses problems) {
		this.problems = problems;
	}

	/** Whether the session's staff member must still change the password. */
	public static boolean owed(HttpSession session) {
		return session != null && session.getAttribute(OWED) != null;
	}

	/** The password was changed: the session goes on normally. */
	public static void settled(HttpSession session) {
		if (session != null) {
			session.removeAttribute(OWED);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!owed(session) || session.getAttribute(SecondFactorGate.OWED) != null
				|| OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			problems.write(request, response, HttpStatus.FORBIDDEN);
			return;
		}
		response.sendRedirect(request.getContextPath() + PAGE);
	}
}
