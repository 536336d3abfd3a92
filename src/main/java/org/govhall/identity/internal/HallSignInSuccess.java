package org.govhall.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.StaffPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a right password or code: notes where the session started (for the owner's session list), holds staff
 * at the second factor when one is owed (and at the password page after a temporary password), and otherwise continues where the person was going (an OIDC
 * authorisation, say) or to their own start page.
 */
final class HallSignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final StaffSecondFactor secondFactor;

	private final IdentityProperties properties;

	private final StaffCredentials credentials;

	HallSignInSuccess(StaffSecondFactor secondFactor, IdentityProperties properties, StaffCredentials credentials) {
		this.secondFactor = secondFactor;
		this.properties = properties;
		this.credentials = credentials;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		HttpSession session = request.getSession();
		String agent = request.getHeader("User-Agent");
		session.setAttribute(SignedInSessions.USER_AGENT, agent == null ? "" : agent.substring(0, Math.min(200, agent.length())));
		session.setAttribute(SignedInSessions.ADDRESS, request.getRemoteAddr());
		if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
			if (credentials.passwordChangeRequired(staff.staffId())) {
				// a temporary password: the gate holds the staff member at the password page (after any second factor)
				session.setAttribute(PasswordChangeGate.OWED, Boolean.TRUE);
			}
			if (secondFactor.enrolled(staff.staffId())) {
				session.setAttribute(SecondFactorGate.OWED, "VERIFY");
				getRedirectStrategy().sendRedirect(request, response, "/login/second-factor");
				return;
			}
			if (properties.secondFactorRequired()) {
				session.setAttribute(SecondFactorGate.OWED, "ENROL");
				getRedirectStrategy().sendRedirect(request, response, "/account/second-factor");
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** Where to go when no page was asked for first. */
	static String home(Authentication authentication) {
		return authentication.getPrincipal() instanceof PersonPrincipal ? "/my" : "/workbench";
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return home(authentication);
	}

	/** Finishes a sign-in held at the second factor: continue to the page first asked for. */
	void continueAfterSecondFactor(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession().removeAttribute(SecondFactorGate.OWED);
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
