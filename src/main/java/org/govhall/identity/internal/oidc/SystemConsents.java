package org.govhall.identity.internal.oidc;

import java.util.Arrays;
import java.util.List;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department systems a person let read their identity through single sign-on (授权的业务系统), and the
 * withdrawal of that consent, which also ends the tokens the system holds for the person.
 */
@Service
public class SystemConsents {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SystemConsents(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A department system the person let read their identity, and with which scopes. */
	public record Consent(String clientId, String clientName, List<String> scopes) {
	}

	public List<Consent> of(String subject) {
		return jdbc.sql("""
				select c.client_id, c.client_name, a.authorities
				from oauth2_authorization_consent a join oauth2_registered_client c on c.id = a.registered_client_id
				where a.principal_name = ? order by c.client_name""")
			.param(subject)
			.query((rs, n) -> new Consent(rs.getString(1), rs.getString(2),
					Arrays.stream(rs.getString(3).split(",")).map(s -> s.replace("SCOPE_", "")).sorted().toList()))
			.list();
	}

	/** Withdraws a consent and ends the tokens that system holds for the person; false when there was none. */
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
