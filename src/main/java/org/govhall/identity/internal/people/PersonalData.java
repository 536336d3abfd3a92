package org.govhall.identity.internal.people;

import java.util.List;

import org.govhall.exchange.DataSharing;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditPage;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a citizen can see about their own data: who read it through the exchange and why (谁查了我的数据), and the
 * department systems they consented to share their identity with, which they can withdraw.
 */
@Service
public class PersonalData {

	private final PersonAccounts people;

	private final DataSharing sharing;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PersonalData(PersonAccounts people, DataSharing sharing, JdbcClient jdbc, AuditTrail audit) {
		this.people = people;
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The exchange's access log for the person's own identity number. Reading it is itself audited. */
	public AuditPage whoReadMyData(long personId, int page) {
		PersonAccount account = people.byId(personId).orElseThrow();
		AuditPage log = sharing.accessLogOf(account.identityNumber(), Math.max(0, page));
		audit.record(AuditEvent.of("person.accessLogRead").on("person", account.subject())
			.detail("entries", log.total()));
		return log;
	}

	/** A department system the person let read their identity. */
	public record Consent(String clientId, String clientName, List<String> scopes) {
	}

	public List<Consent> consents(String subject) {
		return jdbc.sql("""
				select c.client_id, c.client_name, a.authorities
				from oauth2_authorization_consent a join oauth2_registered_client c on c.id = a.registered_client_id
				where a.principal_name = ? order by c.client_name""")
			.param(subject)
			.query((rs, n) -> new Consent(rs.getString(1), rs.getString(2),
					java.util.Arrays.stream(rs.getString(3).split(",")).map(s -> s.replace("SCOPE_", "")).sorted()
						.toList()))
			.list();
	}

	/** Withdraws a consent and ends the tokens that system holds for the person. */
	@Transactional
	public boolean withdraw(String subject, String clientId) {
		int removed = jdbc.sql("""
				delete from oauth2_authorization_consent
				where principal_name = ? and registered_client_id = (select id from oauth2_registered_client where client_id = ?)""")
			.params(subject, clientId).update();
		if (removed > 0) {
			jdbc.sql("""
					delete from oauth2_authorization
					where principal_name = ? and registered_client_id = (select id from oauth2_registered_client where client_id = ?)""")
				.params(subject, clientId).update();
			audit.record(AuditEvent.of("person.consentWithdrawn").on("oidc-client", clientId).by(subject));
		}
		return removed > 0;
	}
}
