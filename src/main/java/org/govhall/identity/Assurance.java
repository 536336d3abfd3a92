package org.govhall.identity;

import java.util.Optional;

import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Levels of assurance for other modules: a service that needs a real-name verified or in-person verified
 * applicant asks here, typically first thing in its use case ({@code assurance.require(AssuranceLevel.REAL_NAME)}).
 * The level is read from the account on every call, so a level raised at a window counts at once. Identity
 * itself requires {@link AssuranceLevel#REAL_NAME} to bind a company, to authorise an agent and to act for a
 * company.
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
		return levelOf(person.accountId());
	}

	/**
	 * Refuses (403 problem naming the level, in the user's language) unless the signed-in person has at least
	 * {@code required}; staff and anonymous callers are refused too.
	 */
	public void require(AssuranceLevel required) {
		if (current().filter(level -> level.atLeast(required)).isEmpty()) {
			throw refusal(required);
		}
	}

	/** The same for a person named by account, when the caller already knows who acts. */
	public void require(long personAccountId, AssuranceLevel required) {
		if (levelOf(personAccountId).filter(level -> level.atLeast(required)).isEmpty()) {
			throw refusal(required);
		}
	}

	private Optional<AssuranceLevel> levelOf(long personAccountId) {
		return people.byId(personAccountId).map(a -> a.assurance());
	}

	private static ProblemException refusal(AssuranceLevel required) {
		return ProblemException.forbidden("identity.assurance.required",
				new DefaultMessageSourceResolvable(new String[] { "assurance." + required.name() }, required.name()));
	}
}
