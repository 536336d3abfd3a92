package org.govhall.identity;

import java.util.Optional;

import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.identity.internal.people.SmsGateway;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens as applicants, for the modules that serve them: who a signed-in person is (name and identity number
 * for the case file), and a text message to their registered mobile through the hall's SMS adapter — the number
 * itself never leaves identity.
 */
@Service
public class Applicants {

	private final PersonAccounts people;

	private final SmsGateway sms;

	Applicants(PersonAccounts people, SmsGateway sms) {
		this.people = people;
		this.sms = sms;
	}

	/** The signed-in citizen as an applicant: 401 when nobody is signed in, 403 for staff. */
	@Transactional(readOnly = true)
	public Applicant signedIn() {
		return byAccount(PersonPrincipal.signedIn().accountId()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Applicant> byAccount(long accountId) {
		return people.byId(accountId)
			.map(a -> new Applicant(a.id(), a.name(), a.identityNumber(), a.assurance()));
	}

	/** A citizen registered with this identity number (a window clerk registering an application for them). */
	@Transactional(readOnly = true)
	public Optional<Applicant> byIdentityNumber(String identityNumber) {
		return people.byIdentityNumber(identityNumber)
			.map(a -> new Applicant(a.id(), a.name(), a.identityNumber(), a.assurance()));
	}

	/** Sends {@code text} to the person's registered mobile; nothing when the account has none or is gone. */
	public void textTo(long accountId, String text) {
		people.byId(accountId).filter(a -> a.mobile() != null && !a.mobile().isBlank())
			.ifPresent(a -> sms.send(a.mobile(), text));
	}
}
