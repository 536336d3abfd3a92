package org.govhall.identity.internal.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person lost because the legal-person register no longer backs it, for the personal space: bindings
 * that ended (as former legal representative) and agent authorisations suspended with them, with the reason,
 * for 90 days. A binding the person made again is no longer listed.
 */
@Component
public class EndedRoles {

	static final Duration SHOWN_FOR = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	EndedRoles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A role that ended.
	 *
	 * @param companyName the company's name
	 * @param creditCode its credit code
	 * @param role {@code LEGAL_REPRESENTATIVE} or {@code AGENT}
	 * @param reason {@code representative-changed}, {@code not-active} or {@code not-registered}
	 * @param registerStatus the company's status in the register, when known
	 * @param endedAt when
	 */
	public record EndedRole(String companyName, String creditCode, String role, String reason, String registerStatus,
			Instant endedAt) {
	}

	public List<EndedRole> of(long personId) {
		Timestamp since = Timestamp.from(clock.instant().minus(SHOWN_FOR));
		List<EndedRole> ended = new ArrayList<>(jdbc.sql("""
				select c.name, c.credit_code, e.reason, e.register_status, e.ended_at
				from identity_company_binding_end e join identity_company_account c on c.id = e.company_id
				where e.person_id = ? and e.ended_at >= ?
				  and not (c.legal_representative_id = e.person_id and c.ended_at is null)
				order by e.ended_at desc""")
			.params(personId, since)
			.query((rs, n) -> new EndedRole(rs.getString(1), rs.getString(2), "LEGAL_REPRESENTATIVE",
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list());
		ended.addAll(jdbc.sql("""
				select c.name, c.credit_code, a.suspend_reason, a.suspended_at
				from identity_agent_authorisation a join identity_company_account c on c.id = a.company_id
				where a.agent_id = ? and a.suspended_at >= ? and a.revoked_at is null
				order by a.suspended_at desc""")
			.params(personId, since)
			.query((rs, n) -> new EndedRole(rs.getString(1), rs.getString(2), "AGENT", rs.getString(3), null,
					rs.getTimestamp(4).toInstant()))
			.list());
		return ended;
	}
}
