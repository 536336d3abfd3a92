package org.govhall.shared.security;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The company a person acts for in the current request (an agent or a legal representative acting "as" the
 * company). The identity module sets it once it has checked the authorisation for this very request; the audit
 * trail records it beside the person, and every module can ask for it without depending on identity.
 */
public final class ActingFor {

	/** The request attribute holding the company's unified social credit code. */
	public static final String REQUEST_ATTRIBUTE = ActingFor.class.getName() + ".creditCode";

	private ActingFor() {
	}

	/** The credit code of the company the current request acts for, if any. */
	public static Optional<String> current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return Optional.empty();
		}
		Object value = attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return value instanceof String code ? Optional.of(code) : Optional.empty();
	}
}
