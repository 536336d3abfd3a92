package org.govhall.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Lets the second-factor pages release a staff member held at the gate and send them on. */
@Component
public class SecondFactorFlow {

	private final HallSignInSuccess success;

	SecondFactorFlow(HallSignInSuccess success) {
		this.success = success;
	}

	public boolean owed(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(SecondFactorGate.OWED) != null;
	}

	public void passed(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		success.continueAfterSecondFactor(request, response, authentication);
	}
}
