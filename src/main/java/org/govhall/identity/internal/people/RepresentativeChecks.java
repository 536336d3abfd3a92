package org.govhall.identity.internal.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.govhall.exchange.DataLookups;
import org.govhall.exchange.Lookup;
import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a company binding again against the legal-person register (法定代表人复核): whenever somebody starts
 * acting for the company, and otherwise at most once a day per binding, when the binding is used. When the
 * register names another legal representative, or the company is no longer active (存续) or no longer
 * registered, the binding ends, every agent authorisation the former representative gave is suspended, and the
 * people concerned can no longer act for the company (their tokens carrying it end too). When the register
 * cannot answer, the binding stands and is checked again next time.
 */
@Service
public class RepresentativeChecks {

	/** How long a confirmed binding goes without a new check. */
	public static final Duration INTERVAL = Duration.ofDays(1);

	static final String PURPOSE = "统一身份认证：复核法定代表人身份和企业登记状态（开始代表企业办事时及每日复核）";

	private final JdbcClient jdbc;

	private final PersonAccounts people;

	private final DataLookups sharing;

	private final IdentityProperties properties;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RepresentativeChecks(JdbcClient jdbc, PersonAccounts people, DataLookups sharing, IdentityProperties properties,
			AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.sharing = sharing;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Why a check was made. */
	enum Trigger {
		ACTING, DAILY
	}

	/** What a check found. */
	public enum Outcome {
		CONFIRMED, ENDED, UNAVAILABLE
	}

	/**
	 * A check's answer.
	 *
	 * @param outcome confirmed, ended, or the register could not answer
	 * @param reason why the binding ended ({@code representative-changed}, {@code not-active},
	 * {@code not-registered}), or {@code null}
	 * @param registerStatus the company's status in the register, when it answered
	 * @param recentlyConfirmed whether the binding was confirmed within {@link #INTERVAL}
	 */
	public record Result(Outcome outcome, String reason, String registerStatus, boolean recentlyConfirmed) {
	}

	private record Binding(long id, String creditCode, long representativeId, Instant verifiedAt, Instant endedAt,
			String endReason) {
	}

	/** Checks the company's binding before somebody starts acting for it. */
	public Result beforeActing(long companyId) {
		return transactions.execute(tx -> {
			Binding binding = jdbc.sql("""
					select id, credit_code, legal_representative_id, verified_at, ended_at, end_reason
					from identity_company_account where id = ? for update""")
				.param(companyId).query(RepresentativeChecks::binding).optional()
				.orElseThrow(() -> ProblemException.notFound("identity.company.notYours"));
			if (binding.endedAt() != null) {
				return new Result(Outcome.ENDED, binding.endReason(), null, false);
			}
			return check(binding, Trigger.ACTING);
		});
	}

	/**
	 * Checks the bindings a person uses (as legal representative or agent) whose last check is a day old or more.
	 * Each binding is claimed by one request only; a read-only transaction skips the checks (they write).
	 */
	public void recheckDue(long personId) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return;
		}
		Timestamp cutoff = Timestamp.from(clock.instant().minus(INTERVAL));
		boolean due = jdbc.sql("""
				select exists (select 1 from identity_company_account c
				where c.ended_at is null and coalesce(c.rechecked_at, c.verified_at) < :cutoff
				  and (c.legal_representative_id = :person or exists (select 1 from identity_agent_authorisation a
				       where a.company_id = c.id and a.agent_id = :person and a.revoked_at is null
				         and a.suspended_at is null)))""")
			.param("cutoff", cutoff).param("person", personId).query(Boolean.class).single();
		if (!due) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			List<Binding> claimed = jdbc.sql("""
					update identity_company_account set rechecked_at = :now
					where id in (select c.id from identity_company_account c
					             where c.ended_at is null and coalesce(c.rechecked_at, c.verified_at) < :cutoff
					               and (c.legal_representative_id = :person or exists (
					                    select 1 from identity_agent_authorisation a where a.company_id = c.id
					                      and a.agent_id = :person and a.revoked_at is null and a.suspended_at is null))
					             for update skip locked)
					returning id, credit_code, legal_representative_id, verified_at, ended_at, end_reason""")
				.param("now", Timestamp.from(clock.instant())).param("cutoff", cutoff).param("person", personId)
				.query(RepresentativeChecks::binding).list();
			claimed.forEach(binding -> check(binding, Trigger.DAILY));
		});
	}

	private Result check(Binding binding, Trigger trigger) {
		PersonAccount representative = people.byId(binding.representativeId()).orElseThrow();
		Instant now = clock.instant();
		boolean recent = binding.verifiedAt().isAfter(now.minus(INTERVAL));
		Lookup registration;
		Lookup named;
		try {
			registration = lookup("SCJG-QYDJ", binding.creditCode());
			String status = String.valueOf(registration.fields().get("status"));
			if (!"存续".equals(status)) {
				return end(binding, representative, "not-active", status, trigger);
			}
			named = lookup("SCJG-FDDBR", binding.creditCode());
			if (!representative.identityNumber().equals(named.fields().get("legal_representative_id"))) {
				return end(binding, representative, "representative-changed", status, trigger);
			}
		}
		catch (ProblemException problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				return end(binding, representative, "not-registered", null, trigger);
			}
			jdbc.sql("update identity_company_account set rechecked_at = ? where id = ?")
				.params(Timestamp.from(now), binding.id()).update();
			audit.record(AuditEvent.of("company.representativeCheckUnavailable").on("company", binding.creditCode())
				.by(AuditTrail.SYSTEM).outcome(AuditOutcome.FAILURE).detail("trigger", trigger.name().toLowerCase())
				.detail("lastConfirmed", binding.verifiedAt()));
			return new Result(Outcome.UNAVAILABLE, null, null, recent);
		}
		jdbc.sql("update identity_company_account set verified_at = ?, rechecked_at = ? where id = ?")
			.params(Timestamp.from(now), Timestamp.from(now), binding.id()).update();
		audit.record(AuditEvent.of("company.representativeConfirmed").on("company", binding.creditCode())
			.by(AuditTrail.SYSTEM).detail("trigger", trigger.name().toLowerCase())
			.detail("legalRepresentative", representative.subject()));
		return new Result(Outcome.CONFIRMED, null, "存续", true);
	}

	private Result end(Binding binding, PersonAccount representative, String reason, String status,
			Trigger trigger) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update identity_company_account set ended_at = ?, end_reason = ?, rechecked_at = ?,
				    version = version + 1
				where id = ? and ended_at is null""").params(now, reason, now, binding.id()).update();
		jdbc.sql("""
				insert into identity_company_binding_end (company_id, person_id, reason, register_status, ended_at)
				values (?, ?, ?, ?, ?)""").params(binding.id(), representative.id(), reason, status, now).update();
		List<long[]> suspended = jdbc.sql("""
				update identity_agent_authorisation set suspended_at = ?, suspend_reason = ?
				where company_id = ? and granted_by = ? and revoked_at is null and suspended_at is null
				returning id, agent_id""")
			.params(now, reason, binding.id(), representative.id())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		audit.record(AuditEvent.of("company.bindingEnded").on("company", binding.creditCode()).by(AuditTrail.SYSTEM)
			.because("法人库复核：" + reason).detail("reason", reason).detail("registerStatus", status)
			.detail("trigger", trigger.name().toLowerCase()).detail("formerRepresentative", representative.subject())
			.detail("agentsSuspended", suspended.size()));
		events.publishEvent(new CompanyRoleEnded(representative.id(), representative.subject().toString(),
				binding.id(), binding.creditCode(), reason));
		for (long[] authorisation : suspended) {
			PersonAccount agent = people.byId(authorisation[1]).orElseThrow();
			audit.record(AuditEvent.of("company.agentSuspended").on("agent-authorisation", authorisation[0])
				.by(AuditTrail.SYSTEM).because("法人库复核：" + reason).detail("company", binding.creditCode())
				.detail("agent", agent.subject()));
			events.publishEvent(new CompanyRoleEnded(agent.id(), agent.subject().toString(), binding.id(),
					binding.creditCode(), "suspended:" + reason));
		}
		return new Result(Outcome.ENDED, reason, status, false);
	}

	private Lookup lookup(String resource, String creditCode) {
		return sharing.lookupForService(properties.verificationDepartment(), "identity", resource, creditCode, PURPOSE);
	}

	private static Binding binding(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Binding(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
				rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6));
	}
}
