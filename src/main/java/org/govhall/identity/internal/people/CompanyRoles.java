package org.govhall.identity.internal.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.govhall.identity.CompanyRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may act for which company right now (法人身份): the legal representative of a bound company, and agents
 * whose authorisation is in force (not revoked, not suspended, within its dates). Bindings last confirmed a day
 * ago or more are checked against the legal-person register first ({@link RepresentativeChecks}). The check
 * behind every act "as" a company.
 */
@Service
public class CompanyRoles {

	private final JdbcClient jdbc;

	private final RepresentativeChecks checks;

	private final Clock clock;

	CompanyRoles(JdbcClient jdbc, RepresentativeChecks checks, Clock clock) {
		this.jdbc = jdbc;
		this.checks = checks;
		this.clock = clock;
	}

	/** The companies a person acts for, as legal representative or current agent. */
	public List<CompanyRole> of(long personId) {
		checks.recheckDue(personId);
		LocalDate today = LocalDate.now(clock);
		List<CompanyRole> roles = new ArrayList<>(jdbc.sql("""
				select id, credit_code, name from identity_company_account
				where legal_representative_id = ? and ended_at is null order by name""")
			.param(personId)
			.query((rs, n) -> new CompanyRole(rs.getLong(1), rs.getString(2), rs.getString(3), "LEGAL_REPRESENTATIVE",
					true, List.of(), null, 0))
			.list());
		roles.addAll(jdbc.sql("""
				select c.id, c.credit_code, c.name, a.all_services, a.service_codes, a.valid_until, a.id
				from identity_agent_authorisation a join identity_company_account c on c.id = a.company_id
				where a.agent_id = ? and a.revoked_at is null and a.suspended_at is null and c.ended_at is null
				  and a.valid_from <= ? and a.valid_until >= ?
				order by c.name""")
			.params(personId, today, today)
			.query(CompanyRoles::agentRole).list());
		return roles;
	}

	/** The person's role in one company right now, if any. */
	public Optional<CompanyRole> in(long personId, long companyId) {
		return of(personId).stream().filter(r -> r.companyId() == companyId).findFirst();
	}

	/** The person's role in the company, which must be its legal representative's; 403 otherwise. */
	public CompanyRole requireLegalRepresentative(long personId, long companyId) {
		return in(personId, companyId).filter(CompanyRole::legalRepresentative)
			.orElseThrow(() -> ProblemException.forbidden("identity.company.notRepresentative"));
	}

	private static CompanyRole agentRole(ResultSet rs, int n) throws SQLException {
		return new CompanyRole(rs.getLong(1), rs.getString(2), rs.getString(3), "AGENT", rs.getBoolean(4),
				codes(rs.getArray(5)), rs.getDate(6).toLocalDate(), rs.getLong(7));
	}

	static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
