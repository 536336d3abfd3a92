package org.govhall.identity.internal.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

import org.govhall.exchange.DataLookups;
import org.govhall.exchange.Lookup;
import org.govhall.identity.Assurance;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.Finding;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binding a company account (法人账户绑定): a real-name verified citizen binds a company whose legal representative
 * they are, as the legal-person register says through the exchange, while the company is 存续. Refusals are
 * audited as well as bindings.
 */
@Service
public class CompanyBindings {

	private static final String PURPOSE = "统一身份认证：绑定法人账户时核验法定代表人身份和企业登记状态";

	private final JdbcClient jdbc;

	private final PersonAccounts people;

	private final CompanyRoles roles;

	private final DataLookups lookups;

	private final IdentityProperties properties;

	private final Assurance assurance;

	private final AuditTrail audit;

	private final Clock clock;

	CompanyBindings(JdbcClient jdbc, PersonAccounts people, CompanyRoles roles, DataLookups lookups,
			IdentityProperties properties, Assurance assurance, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.roles = roles;
		this.lookups = lookups;
		this.properties = properties;
		this.assurance = assurance;
		this.audit = audit;
		this.clock = clock;
	}

	/** Binds the company to the person as its legal representative, after checking the registers. */
	@Transactional(noRollbackFor = ProblemException.class)
	public CompanyRole bind(long personId, String creditCode) {
		assurance.require(personId, AssuranceLevel.REAL_NAME);
		PersonAccount person = people.byId(personId).orElseThrow();
		String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
		var check = CreditCodes.check(code);
		if (!check.valid()) {
			Finding finding = check.errors().get(0);
			throw ProblemException.invalid("creditCode", finding.messageKey(), finding.args().toArray());
		}
		Lookup registration = lookup("SCJG-QYDJ", code);
		if (!"存续".equals(registration.fields().get("status"))) {
			refuse(code, "not-active");
			throw ProblemException.conflict("identity.company.notActive", registration.fields().get("status"));
		}
		Lookup representative = lookup("SCJG-FDDBR", code);
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
		return roles.in(personId, id).orElseThrow();
	}

	private Lookup lookup(String resource, String creditCode) {
		try {
			return lookups.lookupForService(properties.verificationDepartment(), "identity", resource, creditCode,
					PURPOSE);
		}
		catch (ProblemException problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				refuse(creditCode, "not-registered");
				throw ProblemException.notFound("identity.company.unknown", creditCode);
			}
			throw RegisterUnavailable.problem();
		}
	}

	private void refuse(String creditCode, String reason) {
		audit.record(AuditEvent.of("company.bindRefused").on("company", creditCode).outcome(AuditOutcome.DENIED)
			.detail("reason", reason));
	}
}
