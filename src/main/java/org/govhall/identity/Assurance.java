package org.govhall.identity;

import java.util.Optional;

import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.shared.web.ProblemException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Levels of assurance for other modules: a service that needs a real-name verified or in-person verified
 * applicant asks here. The level is read from the account on every call, so a level raised at a window counts
 * at once.
 */
@Service
public class Assurance {

	private final PersonAccounts people;

	Assurance(PersonAccounts people) {
		this.people = people;
	}

	/** The signed-in person's current level, if a person is signed in. */
	public Optional<AssuranceLevel> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof PersonPrincipal person)) {
			return Optional.empty();
		}
		return people.byId(person.accountId()).map(a -> a.assurance());
	}

	/** Refuses (403 problem naming the level) unless the signed-in person has at least {@code required}. */
	public void require(AssuranceLevel required) {
		if (current().filter(level -> level.atLeast(required)).isEmpty()) {
			throw ProblemException.forbidden("identity.assurance.required", required);
		}
	}
}
