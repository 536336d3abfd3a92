package org.govhall.exchange.internal;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;

import com.nimbusds.jose.jwk.JWK;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department systems registered to call the gateway (接入系统登记): each acts for one department, with a
 * public key of its own for signed client assertions or none (it then uses client-credentials tokens of the
 * hall's OIDC provider), its calls per minute and optionally a daily quota. Deactivated systems are refused.
 */
@Service
public class DepartmentSystems {

	private final JdbcClient jdbc;

	private final ClientRegistrations registrations;

	private final AuditTrail audit;

	private final Clock clock;

	DepartmentSystems(JdbcClient jdbc, ClientRegistrations registrations, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers (or replaces) a system's public key, which must be a public JWK (EC or RSA).
	 *
	 * @throws IllegalArgumentException when the key is not a public JWK
	 */
	@Transactional
	public void registerWithKey(String clientId, String departmentCode, String publicJwk, int requestsPerMinute,
			Integer dailyQuota, String by) {
		JWK key;
		try {
			key = JWK.parse(publicJwk);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not a JWK: " + ex.getMessage());
		}
		if (key.isPrivate()) {
			throw new IllegalArgumentException("register the public key only");
		}
		upsert(clientId, departmentCode, key.toPublicJWK().toJSONString(), requestsPerMinute, dailyQuota, by);
		audit.record(AuditEvent.of("exchange.clientRegistered").on("client", clientId).by(by)
			.detail("department", departmentCode).detail("requestsPerMinute", requestsPerMinute));
	}

	/**
	 * Registers a system that authenticates with access tokens from the hall's OIDC provider (client credentials,
	 * the same client id registered there with the {@code exchange} scope) instead of a key of its own.
	 */
	@Transactional
	public void registerForAccessTokens(String clientId, String departmentCode, int requestsPerMinute,
			Integer dailyQuota, String by) {
		upsert(clientId, departmentCode, null, requestsPerMinute, dailyQuota, by);
		audit.record(AuditEvent.of("exchange.clientRegistered").on("client", clientId).by(by)
			.detail("department", departmentCode).detail("requestsPerMinute", requestsPerMinute)
			.detail("authentication", "oauth2-client-credentials"));
	}

	/**
	 * Deactivates a system: its next call is refused (on this node at once, on others within
	 * {@link ClientRegistrations#FRESHNESS}). Answers false when there is no such active system.
	 */
	@Transactional
	public boolean deactivate(String clientId, String by) {
		boolean deactivated = jdbc.sql("update exchange_client set active = false where client_id = ? and active")
			.param(clientId).update() == 1;
		registrations.changed(clientId);
		if (deactivated) {
			audit.record(AuditEvent.of("exchange.clientDeactivated").on("client", clientId).by(by));
		}
		return deactivated;
	}

	private void upsert(String clientId, String departmentCode, String publicJwk, int requestsPerMinute,
			Integer dailyQuota, String by) {
		jdbc.sql("""
				insert into exchange_client (client_id, department_code, public_key_jwk, requests_per_minute,
				    daily_quota, registered_by, registered_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (client_id) do update set department_code = excluded.department_code,
				    public_key_jwk = excluded.public_key_jwk, requests_per_minute = excluded.requests_per_minute,
				    daily_quota = excluded.daily_quota,
				    active = true, registered_by = excluded.registered_by, registered_at = excluded.registered_at""")
			.params(clientId, departmentCode, publicJwk, requestsPerMinute, dailyQuota, by,
					Timestamp.from(clock.instant()))
			.update();
		registrations.changed(clientId);
	}
}
