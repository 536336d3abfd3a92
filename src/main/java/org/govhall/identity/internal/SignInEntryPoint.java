package org.govhall.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Where a visitor who is not signed in goes when a page needs sign-in: to the sign-in page. A mistyped address
 * that no page answers to gets the friendly "page not found" page instead, so a citizen who follows a broken
 * link is not sent to the staff sign-in form. Nothing is revealed either way: which addresses exist is public.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");

	private final RequestMappingHandlerMapping pages;

	SignInEntryPoint(RequestMappingHandlerMapping pages) {
		this.pages = pages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
		if (answersTo(request)) {
			signIn.commence(request, response, exception);
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	private boolean answersTo(HttpServletRequest request) {
		try {
			HandlerExecutionChain handler = pages.getHandler(request);
			return handler != null;
		}
		catch (Exception methodOrMediaTypeMismatch) {
			// a page exists at this address, only not for this method or media type
			return true;
		}
	}
}
