package org.govhall.identity.internal.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govhall.identity.Assurance;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.CompanyRole;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.database.SqlArrays;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents of a company (经办人授权): its legal representative authorises real-name verified citizens for all or some
 * services (catalogue codes) from today until a day at most three years ahead, and revokes them at any moment.
 * Every change is audited with the company beside the person.
 */
@Service
public class AgentAuthorisations {

	public static final int MAX_YEARS = 3;

	private final JdbcClient jdbc;

	private final PersonAccounts people;

	private final CompanyRoles roles;

	private final Assurance assurance;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgentAuthorisations(JdbcClient jdbc, PersonAccounts people, CompanyRoles roles, Assurance assurance,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.roles = roles;
		this.assurance = assurance;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** An agent authorisation as the legal representative sees it. */
	public record Agent(long id, String name, String maskedIdentityNumber, boolean allServices,
			List<String> serviceCodes, LocalDate validFrom, LocalDate validUntil, boolean revoked, boolean expired,
			boolean suspended) {
	}

	/** What the legal representative asks for: who, for which services, until when. */
	public record Authorisation(String agentIdentityNumber, String agentName, boolean allServices,
			List<String> serviceCodes, LocalDate validUntil) {
	}

	public List<Agent> of(long legalRepresentativeId, long companyId) {
		roles.requireLegalRepresentative(legalRepresentativeId, companyId);
		return jdbc.sql("""
				select a.id, p.name, p.identity_number, a.all_services, a.service_codes, a.valid_from, a.valid_until,
				       a.revoked_at is not null, a.valid_until < ?, a.suspended_at is not null
				from identity_agent_authorisation a join identity_person_account p on p.id = a.agent_id
				where a.company_id = ? order by a.revoked_at nulls first, a.suspended_at nulls first, a.id desc""")
			.params(LocalDate.now(clock), companyId)
			.query((rs, n) -> new Agent(rs.getLong(1), rs.getString(2), Masks.identityNumber(rs.getString(3)),
					rs.getBoolean(4), CompanyRoles.codes(rs.getArray(5)), rs.getDate(6).toLocalDate(),
					rs.getDate(7).toLocalDate(), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10)))
			.list();
	}

	/**
	 * The legal representative authorises an agent, named by identity number and name (both must match a real-name
	 * verified account), for all services or the given catalogue codes, from today until the day asked for.
	 */
	@Transactional
	public long authorise(long legalRepresentativeId, long companyId, Authorisation asked) {
		assurance.require(legalRepresentativeId, AssuranceLevel.REAL_NAME);
		CompanyRole company = roles.requireLegalRepresentative(legalRepresentativeId, companyId);
		PersonAccount agent = agent(legalRepresentativeId, asked);
		List<String> codes = asked.serviceCodes() == null ? List.of()
				: asked.serviceCodes().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (!asked.allServices() && codes.isEmpty()) {
			throw ProblemException.invalid("serviceCodes", "identity.agent.noServices");
		}
		if (codes.stream().anyMatch(c -> !c.matches("[0-9A-Za-z-]{4,40}"))) {
			throw ProblemException.invalid("serviceCodes", "identity.agent.badServiceCode");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate until = asked.validUntil();
		if (until == null || until.isBefore(today) || until.isAfter(today.plusYears(MAX_YEARS))) {
			throw ProblemException.invalid("validUntil", "identity.agent.period", MAX_YEARS);
		}
		boolean active = jdbc.sql("""
				select count(*) from identity_agent_authorisation
				where company_id = ? and agent_id = ? and revoked_at is null and suspended_at is null""")
			.params(companyId, agent.id()).query(Long.class).single() > 0;
		if (active) {
			throw ProblemException.conflict("identity.agent.exists");
		}
		long id = jdbc.sql("""
				insert into identity_agent_authorisation (company_id, agent_id, all_services, service_codes, valid_from,
				    valid_until, granted_by, granted_at)
				values (?, ?, ?, ?::text[], ?, ?, ?, ?) returning id""")
			.params(companyId, agent.id(), asked.allServices(),
					SqlArrays.literal(asked.allServices() ? List.of() : codes), today, until, legalRepresentativeId,
					Timestamp.from(clock.instant()))
			.query(Long.class).single();
		audit.record(AuditEvent.of("company.agentAuthorised").on("agent-authorisation", id)
			.actingFor(company.creditCode()).detail("agent", agent.subject()).detail("allServices", asked.allServices())
			.detail("services", codes).detail("validUntil", until));
		return id;
	}

	/**
	 * Ends an agent's authorisation at once. The OIDC authorizations the agent made while acting for the company
	 * end with it ({@link CompanyRoleEnded}), so that a department system's refresh token no longer yields tokens
	 * naming the company.
	 */
	@Transactional
	public void revoke(long legalRepresentativeId, long companyId, long authorisationId, String reason) {
		CompanyRole company = roles.requireLegalRepresentative(legalRepresentativeId, companyId);
		long agentId = jdbc.sql("""
				update identity_agent_authorisation set revoked_at = ?, revoked_by = ?, revoke_reason = ?
				where id = ? and company_id = ? and revoked_at is null returning agent_id""")
			.params(Timestamp.from(clock.instant()), legalRepresentativeId,
					reason == null || reason.isBlank() ? null : reason.strip(), authorisationId, companyId)
			.query(Long.class).optional()
			.orElseThrow(() -> ProblemException.notFound("identity.agent.notFound"));
		PersonAccount agent = people.byId(agentId).orElseThrow();
		audit.record(AuditEvent.of("company.agentRevoked").on("agent-authorisation", authorisationId)
			.actingFor(company.creditCode()).because(reason).detail("agent", agent.subject()));
		events.publishEvent(new CompanyRoleEnded(agent.id(), agent.subject().toString(), companyId,
				company.creditCode(), "revoked"));
	}

	private PersonAccount agent(long legalRepresentativeId, Authorisation asked) {
		String name = asked.agentName();
		PersonAccount agent = people.byIdentityNumber(asked.agentIdentityNumber() == null ? "" : asked.agentIdentityNumber())
			.filter(a -> name != null && RealNameCheck.normal(a.name()).equals(RealNameCheck.normal(name)))
			.orElseThrow(() -> ProblemException.invalid("identityNumber", "identity.agent.unknown"));
		if (agent.id() == legalRepresentativeId) {
			throw ProblemException.invalid("identityNumber", "identity.agent.self");
		}
		if (!agent.assurance().atLeast(AssuranceLevel.REAL_NAME)) {
			throw ProblemException.invalid("identityNumber", "identity.agent.notVerified");
		}
		return agent;
	}
}
