package org.govhall.identity.internal.people;

import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;

/** The legal-person register could not answer through the exchange: try again later (503). */
final class RegisterUnavailable {

	private RegisterUnavailable() {
	}

	static ProblemException problem() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "register-unavailable",
				"identity.company.registerUnavailable");
	}
}
