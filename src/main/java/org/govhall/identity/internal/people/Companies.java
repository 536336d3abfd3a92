package org.govhall.identity.internal.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govhall.exchange.DataSharing;
import org.govhall.identity.Assurance;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.database.SqlArrays;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company accounts (法人账户) and their agents (经办人授权). A real-name verified citizen binds a company whose
 * legal representative they are, as the legal-person register says through the exchange; the legal
 * representative then authorises agents for all or some services until a date and can revoke them at any
 * moment. The binding is checked against the register again when somebody starts acting for the company and
 * at most once a day otherwise ({@link RepresentativeChecks}). Binding, authorising and acting need a real-name
 * verified account ({@link Assurance}). Every change is audited.
 */
@Service
public class Companies {

	public static final int MAX_AGENT_YEARS = 3;

	private static final String PURPOSE_BIND = "统一身份认证：绑定法人账户时核验法定代表人身份和企业登记状态";

	private final JdbcClient jdbc;

	private final PersonAccounts people;

	private final DataSharing sharing;

	private final IdentityProperties properties;

	private final AuditTrail audit;

	private final RepresentativeChecks checks;

	private final Assurance assurance;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Companies(JdbcClient jdbc, PersonAccounts people, DataSharing sharing, IdentityProperties properties,
			AuditTrail audit, RepresentativeChecks checks, Assurance assurance, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.sharing = sharing;
		this.properties = properties;
		this.audit = audit;
		this.checks = checks;
		this.assurance = assurance;
		this.events = events;
		this.clock = clock;
	}

	/** Binds the company to the signed-in person as its legal representative, after checking the registers. */
	@Transactional(noRollbackFor = ProblemException.class)
	public CompanyRole bind(long personId, String creditCode) {
		assurance.require(personId, AssuranceLevel.REAL_NAME);
		PersonAccount person = people.byId(personId).orElseThrow();
		String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
		var check = CreditCodes.check(code);
		if (!check.valid()) {
			var finding = check.errors().get(0);
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "validation", finding.messageKey(),
					finding.args().toArray());
		}
		DataSharing.Lookup registration = lookup("SCJG-QYDJ", code);
		if (!"存续".equals(registration.fields().get("status"))) {
			refuse(code, "not-active");
			throw ProblemException.conflict("identity.company.notActive", registration.fields().get("status"));
		}
		DataSharing.Lookup representative = lookup("SCJG-FDDBR", code);
		if (!person.identityNumber().equals(representative.fields().get("legal_representative_id"))) {
			refuse(code, "not-legal-representative");
			throw ProblemException.forbidden("identity.company.notRepresentative");
		}
		String name = String.valueOf(registration.fields().get("name"));
		long id = jdbc.sql("""
				insert into identity_company_account (credit_code, name, legal_representative_id, verified_at)
				values (?, ?, ?, ?)
				on conflict (credit_code) do update set name = excluded.name,
				    legal_representative_id = excluded.legal_representative_id, verified_at = excluded.verified_at,
				    rechecked_at = null, ended_at = null, end_reason = null,
				    version = identity_company_account.version + 1
				returning id""")
			.params(code, name, personId, Timestamp.from(clock.instant())).query(Long.class).single();
		audit.record(AuditEvent.of("company.bound").on("company", code).detail("legalRepresentative", person.subject()));
		return roleIn(personId, id).orElseThrow();
	}

	/**
	 * The companies a person acts for, as legal representative or current agent. Bindings last confirmed a day
	 * ago or more are checked against the register first.
	 */
	public List<CompanyRole> rolesOf(long personId) {
		checks.recheckDue(personId);
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
			.params(personId, today(), today())
			.query(Companies::agentRole).list());
		return roles;
	}

	/** The person's role in one company right now, if any: the check behind every act "as" a company. */
	public Optional<CompanyRole> roleIn(long personId, long companyId) {
		return rolesOf(personId).stream().filter(r -> r.companyId() == companyId).findFirst();
	}

	/**
	 * The person starts acting for a company: the binding is checked against the register first. When the
	 * register no longer names the legal representative, or the company is no longer active, the binding ends
	 * (and the agents the representative authorised are suspended) and the person is told why. When the register
	 * cannot answer, a binding confirmed within the last day still counts.
	 */
	public CompanyRole startActing(long personId, long companyId) {
		assurance.require(personId, AssuranceLevel.REAL_NAME);
		CompanyRole role = roleIn(personId, companyId)
			.orElseThrow(() -> ProblemException.forbidden("identity.company.notYours"));
		RepresentativeChecks.Result check = checks.beforeActing(companyId);
		return switch (check.outcome()) {
			case CONFIRMED -> roleIn(personId, companyId)
				.orElseThrow(() -> ProblemException.forbidden("identity.company.notYours"));
			case ENDED -> throw ProblemException.conflict(role.legalRepresentative()
					? "identity.company.ended." + check.reason() : "identity.agent.suspended",
					role.companyName(), String.valueOf(check.registerStatus()));
			case UNAVAILABLE -> {
				if (!check.recentlyConfirmed()) {
					throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "register-unavailable",
							"identity.company.registerUnavailable");
				}
				yield role;
			}
		};
	}

	/** An agent authorisation as the legal representative sees it. */
	public record Agent(long id, String name, String maskedIdentityNumber, boolean allServices,
			List<String> serviceCodes, LocalDate validFrom, LocalDate validUntil, boolean revoked, boolean expired,
			boolean suspended) {
	}

	public List<Agent> agentsOf(long legalRepresentativeId, long companyId) {
		requireLegalRepresentative(legalRepresentativeId, companyId);
		return jdbc.sql("""
				select a.id, p.name, p.identity_number, a.all_services, a.service_codes, a.valid_from, a.valid_until,
				       a.revoked_at is not null, a.valid_until < ?, a.suspended_at is not null
				from identity_agent_authorisation a join identity_person_account p on p.id = a.agent_id
				where a.company_id = ? order by a.revoked_at nulls first, a.suspended_at nulls first, a.id desc""")
			.params(today(), companyId)
			.query((rs, n) -> new Agent(rs.getLong(1), rs.getString(2),
					Masks.identityNumber(rs.getString(3)), rs.getBoolean(4),
					codes(rs.getArray(5)), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getBoolean(8),
					rs.getBoolean(9), rs.getBoolean(10)))
			.list();
	}

	/**
	 * The legal representative authorises an agent, named by identity number and name (both must match a real-name
	 * verified account), for all services or the given catalogue codes, from today until {@code validUntil}.
	 */
	@Transactional
	public long authorise(long legalRepresentativeId, long companyId, String agentIdentityNumber, String agentName,
			boolean allServices, List<String> serviceCodes, LocalDate validUntil) {
		assurance.require(legalRepresentativeId, AssuranceLevel.REAL_NAME);
		CompanyRole company = requireLegalRepresentative(legalRepresentativeId, companyId);
		PersonAccount agent = people.byIdentityNumber(agentIdentityNumber == null ? "" : agentIdentityNumber)
			.filter(a -> agentName != null && RealNameCheck.normal(a.name()).equals(RealNameCheck.normal(agentName)))
			.orElseThrow(() -> invalid("identity.agent.unknown"));
		if (agent.id() == legalRepresentativeId) {
			throw invalid("identity.agent.self");
		}
		if (!agent.assurance().atLeast(AssuranceLevel.REAL_NAME)) {
			throw invalid("identity.agent.notVerified");
		}
		List<String> codes = serviceCodes == null ? List.of()
				: serviceCodes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (!allServices && codes.isEmpty()) {
			throw invalid("identity.agent.noServices");
		}
		if (codes.stream().anyMatch(c -> !c.matches("[0-9A-Za-z-]{4,40}"))) {
			throw invalid("identity.agent.badServiceCode");
		}
		LocalDate today = today();
		if (validUntil == null || validUntil.isBefore(today) || validUntil.isAfter(today.plusYears(MAX_AGENT_YEARS))) {
			throw invalid("identity.agent.period", MAX_AGENT_YEARS);
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
			.params(companyId, agent.id(), allServices, SqlArrays.literal(allServices ? List.of() : codes), today,
					validUntil, legalRepresentativeId, Timestamp.from(clock.instant()))
			.query(Long.class).single();
		audit.record(AuditEvent.of("company.agentAuthorised").on("agent-authorisation", id)
			.actingFor(company.creditCode()).detail("agent", agent.subject()).detail("allServices", allServices)
			.detail("services", codes).detail("validUntil", validUntil));
		return id;
	}

	/**
	 * Ends an agent's authorisation at once. The OIDC authorizations the agent made while acting for the company
	 * end with it, so that a department system's refresh token no longer yields tokens naming the company.
	 */
	@Transactional
	public void revoke(long legalRepresentativeId, long companyId, long authorisationId, String reason) {
		CompanyRole company = requireLegalRepresentative(legalRepresentativeId, companyId);
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

	private CompanyRole requireLegalRepresentative(long personId, long companyId) {
		return roleIn(personId, companyId).filter(CompanyRole::legalRepresentative)
			.orElseThrow(() -> ProblemException.forbidden("identity.company.notRepresentative"));
	}

	private DataSharing.Lookup lookup(String resource, String creditCode) {
		try {
			return sharing.lookupForService(properties.verificationDepartment(), "identity", resource, creditCode,
					PURPOSE_BIND);
		}
		catch (ProblemException problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				refuse(creditCode, "not-registered");
				throw ProblemException.notFound("identity.company.unknown", creditCode);
			}
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "register-unavailable",
					"identity.company.registerUnavailable");
		}
	}

	private void refuse(String creditCode, String reason) {
		audit.record(AuditEvent.of("company.bindRefused").on("company", creditCode)
			.outcome(org.govhall.shared.audit.AuditOutcome.DENIED).detail("reason", reason));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static CompanyRole agentRole(ResultSet rs, int n) throws SQLException {
		return new CompanyRole(rs.getLong(1), rs.getString(2), rs.getString(3), "AGENT", rs.getBoolean(4),
				codes(rs.getArray(5)), rs.getDate(6).toLocalDate(), rs.getLong(7));
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static ProblemException invalid(String key, Object... args) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "validation", key, args);
	}
}
