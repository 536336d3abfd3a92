package org.govhall.identity.internal;

import java.io.Serial;
import java.util.UUID;

import org.govhall.identity.PersonPrincipal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** Sign-in with a code sent to the account's mobile: first the challenge and code, then the person. */
final class OneTimeCodeAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID challenge;

	private final String mobile;

	private transient String code;

	private final PersonPrincipal person;

	private OneTimeCodeAuthentication(UUID challenge, String mobile, String code, PersonPrincipal person) {
		super(person == null ? java.util.List.of() : person.getAuthorities());
		this.challenge = challenge;
		this.mobile = mobile;
		this.code = code;
		this.person = person;
		setAuthenticated(person != null);
	}

	static OneTimeCodeAuthentication attempt(UUID challenge, String mobile, String code) {
		return new OneTimeCodeAuthentication(challenge, mobile, code, null);
	}

	static OneTimeCodeAuthentication of(PersonPrincipal person) {
		return new OneTimeCodeAuthentication(null, null, null, person);
	}

	UUID challenge() {
		return challenge;
	}

	String code() {
		return code;
	}

	@Override
	public Object getCredentials() {
		return code;
	}

	@Override
	public Object getPrincipal() {
		return person != null ? person : mobile;
	}

	@Override
	public String getName() {
		return person != null ? person.getUsername() : mobile == null ? "" : mobile;
	}

	@Override
	public void eraseCredentials() {
		code = null;
		super.eraseCredentials();
	}
}
