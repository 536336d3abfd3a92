package org.govhall.identity.internal.oidc;

import org.govhall.identity.internal.people.CompanyRoleEnded;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends the OIDC authorizations a person made while acting for a company, the moment they can no longer act for
 * it: their refresh tokens stop working and userinfo refuses their access tokens, so no new token names the
 * company. An access token already issued still carries the claim until it expires (ten minutes by default);
 * department systems that must know at once ask userinfo. Runs in the transaction that ended the role.
 */
@Component
class ActingTokens {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ActingTokens(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	void on(CompanyRoleEnded ended) {
		int removed = jdbc.sql("""
				delete from oauth2_authorization
				where principal_name = ? and attributes::jsonb ->> ? = ?""")
			.params(ended.subject(), HallAuthorizations.ACTING_COMPANY, Long.toString(ended.companyId()))
			.update();
		if (removed > 0) {
			audit.record(AuditEvent.of("identity.actingAuthorizationsEnded").on("person", ended.subject())
				.by(AuditTrail.SYSTEM).detail("company", ended.creditCode()).detail("reason", ended.reason())
				.detail("authorizations", removed));
		}
	}
}
