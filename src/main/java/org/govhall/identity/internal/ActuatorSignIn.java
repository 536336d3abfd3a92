package org.govhall.identity.internal;

import org.govhall.identity.StaffPrincipal;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic on the operators' endpoints takes a password alone, so it is refused to every account with an
 * authenticator enrolled: a password without the second factor opens nothing. Such administrators read the
 * endpoints in their signed-in browser session; monitoring accounts are staff accounts without one.
 */
final class ActuatorSignIn implements AuthenticationManager {

	private final AuthenticationManager passwords;

	private final StaffSecondFactor secondFactor;

	private final AuditTrail audit;

	ActuatorSignIn(AuthenticationManager passwords, StaffSecondFactor secondFactor, AuditTrail audit) {
		this.passwords = passwords;
		this.secondFactor = secondFactor;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		Authentication result = passwords.authenticate(attempt);
		if (result.getPrincipal() instanceof StaffPrincipal staff && secondFactor.enrolled(staff.staffId())) {
			audit.record(AuditEvent.of("staff.signInRefused").on("staff", staff.getUsername()).by(staff.getUsername())
				.outcome(AuditOutcome.DENIED).detail("reason", "password-alone-with-second-factor")
				.detail("channel", "http-basic"));
			throw new BadCredentialsException("an account with a second factor does not sign in with HTTP Basic");
		}
		return result;
	}
}
