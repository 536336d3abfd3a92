package org.govhall.identity;

/**
 * How sure the hall is that an account belongs to the person it names (身份认证等级): registered with a confirmed
 * mobile, real name checked against the population register, or checked in person at a service window. A
 * service can require a level.
 */
public enum AssuranceLevel {

	REGISTERED, REAL_NAME, IN_PERSON;

	public boolean atLeast(AssuranceLevel required) {
		return compareTo(required) >= 0;
	}

	/** The level as an OIDC {@code acr} value. */
	public String acr() {
		return "urn:govhall:loa:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
