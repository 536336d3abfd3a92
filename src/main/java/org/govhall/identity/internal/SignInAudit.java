package org.govhall.identity.internal;

import java.time.Clock;

import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.internal.people.Masks;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Records every sign-in, failure, lock-out and refusal in the audit trail, and keeps the failure count that
 * locks an account after repeated wrong passwords.
 */
@Component
class SignInAudit {

	private final SignInRecords records;

	private final SignInPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	SignInAudit(SignInRecords records, SignInPolicy policy, AuditTrail audit, Clock clock) {
		this.records = records;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PersonPrincipal person) {
			records.personSucceeded(person.accountId(), clock.instant());
			audit.record(AuditEvent.of("person.signedIn").on("person", person.subject()).by(person.subject())
				.detail("method", event.getAuthentication() instanceof OneTimeCodeAuthentication ? "sms-code" : "password"));
		}
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
			records.succeeded(staff.getUsername(), clock.instant());
			audit.record(AuditEvent.of("staff.signedIn").on("staff", staff.staffId()).by(staff.getUsername())
				.detail("department", staff.departmentCode()));
		}
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof OAuth2ClientAuthenticationToken client) {
			// a department system with a wrong secret: never counted against a staff account of the same name
			audit.record(AuditEvent.of("identity.clientAuthenticationFailed").on("oidc-client", attemptedName(client))
				.by(AuditTrail.ANONYMOUS).outcome(AuditOutcome.FAILURE));
			return;
		}
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				|| event.getAuthentication() instanceof OneTimeCodeAuthentication)) {
			// other protocol failures (a bad bearer token, a spent code) are answered by the protocol, not sign-ins
			return;
		}
		String username = attemptedName(event.getAuthentication());
		if (event.getAuthentication() instanceof OneTimeCodeAuthentication) {
			audit.record(AuditEvent.of("person.signInFailed").on("mobile", Masks.mobile(username)).by(AuditTrail.ANONYMOUS)
				.outcome(AuditOutcome.FAILURE).detail("reason", "wrong-code"));
			return;
		}
		var failure = records.failed(username, clock.instant());
		boolean person = HallAccounts.namesPerson(username);
		String kind = person ? "person" : "staff";
		// a citizen's identity number or mobile is personal data: only its masked form goes into the trail
		String shown = person ? masked(username) : username;
		audit.record(AuditEvent.of(kind + ".signInFailed").on(kind, shown).by(person ? AuditTrail.ANONYMOUS : username)
			.outcome(AuditOutcome.FAILURE)
			.detail("reason", failure.isPresent() ? "wrong-password" : "unknown-account")
			.detail("attempts", failure.map(f -> f.attempts()).orElse(0)));
		failure.filter(f -> f.attempts() == policy.maxFailedAttempts()).ifPresent(f -> audit
			.record(AuditEvent.of(kind + ".locked").on(kind, shown).by(AuditTrail.SYSTEM)
				.because("repeated failed sign-ins")
				.detail("until", f.lockedUntil())));
	}

	@EventListener
	void on(AuthenticationFailureLockedEvent event) {
		refused(event.getAuthentication(), "locked");
	}

	@EventListener
	void on(AuthenticationFailureDisabledEvent event) {
		refused(event.getAuthentication(), "disabled");
	}

	private void refused(Authentication attempt, String reason) {
		String username = attemptedName(attempt);
		boolean person = HallAccounts.namesPerson(username);
		String kind = person ? "person" : "staff";
		audit.record(AuditEvent.of(kind + ".signInRefused").on(kind, person ? masked(username) : username)
			.by(person ? AuditTrail.ANONYMOUS : username)
			.outcome(AuditOutcome.DENIED)
			.detail("reason", reason));
	}

	private static String masked(String signInName) {
		String name = signInName.strip();
		return name.length() == 11 ? Masks.mobile(name) : Masks.identityNumber(name);
	}

	private static String attemptedName(Authentication attempt) {
		String name = attempt.getName() == null ? "" : attempt.getName().trim();
		return name.length() > 64 ? name.substring(0, 64) : name;
	}
}
