package org.govhall.identity.internal.people;

import java.time.Clock;

import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.PersonPrincipal;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Accounts created while the population register could not answer stay at {@code REGISTERED}; at each sign-in
 * the real-name check is tried again, and a match raises the account to {@code REAL_NAME}.
 */
@Component
class PendingRealNameChecks {

	private final PersonAccounts people;

	private final RealNameCheck realNames;

	private final AuditTrail audit;

	private final Clock clock;

	PendingRealNameChecks(PersonAccounts people, RealNameCheck realNames, AuditTrail audit, Clock clock) {
		this.people = people;
		this.realNames = realNames;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof PersonPrincipal person)) {
			return;
		}
		people.byId(person.accountId()).filter(a -> a.assurance() == AssuranceLevel.REGISTERED).ifPresent(account -> {
			RealNameCheck.Outcome outcome = realNames.check(account.identityNumber(), account.name());
			if (outcome == RealNameCheck.Outcome.MATCH) {
				people.raiseAssurance(account.id(), AssuranceLevel.REAL_NAME, clock.instant(), "identity");
			}
			audit.record(AuditEvent.of("person.realNameRechecked").on("person", account.subject())
				.by(account.subject().toString()).detail("outcome", outcome));
		});
	}
}
