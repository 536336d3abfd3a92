package org.govhall.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govhall.exchange.internal.ActiveGrants;
import org.govhall.exchange.internal.ResourceStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's side of a request for access (共享审核): grant it — the requested fields or fewer, some masked,
 * until the requested day or earlier, with or without the replication asked for — refuse it, or later revoke
 * the grant, each with a reason where the consumer gets less than it asked for or sensitive fields unmasked. A new
 * grant supersedes the consumer's earlier grant of the same resource; lookups under a grant that ended stop at once
 * on every node.
 */
@Service
public class GrantDecisions {

	private final ResourceStore store;

	private final ResourceCatalogue catalogue;

	private final ActiveGrants activeGrants;

	private final AuditTrail audit;

	private final Clock clock;

	GrantDecisions(ResourceStore store, ResourceCatalogue catalogue, ActiveGrants activeGrants, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.activeGrants = activeGrants;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Grants a request as decided: {@code null} parts of the decision mean "as requested" (fields, period,
	 * replication) or "the sensitive ones" (masked fields).
	 */
	@Transactional
	public AccessGrant grant(long grantId, GrantDecision decision) {
		StaffMember provider = providerOf(grantId);
		AccessGrant request = pending(grantId);
		DataResource resource = catalogue.resource(request.resourceCode());
		List<String> fields = decision.fields() == null ? request.fields() : List.copyOf(decision.fields());
		if (fields.isEmpty() || !request.fields().containsAll(fields)) {
			throw ProblemException.invalid("fields", "exchange.decision.fieldsNotRequested");
		}
		List<String> masked = decision.masked() == null ? sensitive(resource, fields) : List.copyOf(decision.masked());
		if (!fields.containsAll(masked)) {
			throw ProblemException.invalid("masked", "exchange.decision.maskedNotGranted");
		}
		LocalDate until = decision.validUntil() == null ? request.validUntil() : decision.validUntil();
		if (until.isAfter(request.validUntil()) || !until.isAfter(LocalDate.now(clock))) {
			throw ProblemException.invalid("validUntil", "exchange.decision.period", request.validUntil());
		}
		boolean sync = decision.sync() == null ? request.sync() : decision.sync() && request.sync();
		List<String> sensitive = sensitive(resource, fields);
		boolean narrowed = fields.size() < request.fields().size() || !sensitive.containsAll(masked)
				|| until.isBefore(request.validUntil()) || sync != request.sync();
		boolean plainSensitive = !masked.containsAll(sensitive);
		if ((narrowed || plainSensitive) && (decision.reason() == null || decision.reason().isBlank())) {
			throw ProblemException.invalid("reason",
					plainSensitive ? "exchange.decision.plainSensitiveReason" : "exchange.decision.reasonMissing");
		}
		decide(request, fields, masked, until, sync, provider.getUsername(), decision.reason());
		return store.grant(grantId).orElseThrow();
	}

	@Transactional
	public AccessGrant refuse(long grantId, String reason) {
		StaffMember provider = providerOf(grantId);
		pending(grantId);
		String why = AccessGrants.required("reason", reason, "exchange.decision.reasonMissing");
		store.close(grantId, GrantStatus.REFUSED, provider.getUsername(), why, clock.instant());
		audit.record(AuditEvent.of("exchange.accessRefused").on("access-grant", grantId).because(why));
		return store.grant(grantId).orElseThrow();
	}

	/** The provider withdraws a grant before its end, with a reason; lookups under it stop at once on every node. */
	@Transactional
	public AccessGrant revoke(long grantId, String reason) {
		StaffMember provider = providerOf(grantId);
		AccessGrant grant = store.grant(grantId).orElseThrow();
		if (grant.status() != GrantStatus.GRANTED) {
			throw ProblemException.conflict("exchange.decision.notInForce", grantId, grant.status());
		}
		String why = AccessGrants.required("reason", reason, "exchange.decision.reasonMissing");
		store.close(grantId, GrantStatus.REVOKED, provider.getUsername(), why, clock.instant());
		activeGrants.forget(grant.resourceCode(), grant.consumerDepartment());
		audit.record(AuditEvent.of("exchange.accessRevoked").on("access-grant", grantId).because(why));
		return store.grant(grantId).orElseThrow();
	}

	/** An unconditional resource's request granted at once, its sensitive fields masked, by the system. */
	void grantUnconditionally(AccessGrant request, DataResource resource) {
		decide(request, request.fields(), sensitive(resource, request.fields()), request.validUntil(), false,
				AuditTrail.SYSTEM, null);
	}

	private void decide(AccessGrant request, List<String> fields, List<String> masked, LocalDate until, boolean sync,
			String by, String reason) {
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		List<Long> superseded = store.grant(request.id(), fields, masked, until, sync, by, why, clock.instant());
		activeGrants.forget(request.resourceCode(), request.consumerDepartment());
		audit.record(AuditEvent.of("exchange.accessGranted").on("access-grant", request.id()).by(by)
			.detail("fields", fields).detail("masked", masked).detail("validUntil", until).detail("sync", sync)
			.because(why == null ? "" : why));
		for (long old : superseded) {
			audit.record(AuditEvent.of("exchange.accessSuperseded").on("access-grant", old).by(by)
				.detail("by", request.id()));
		}
	}

	private AccessGrant pending(long grantId) {
		AccessGrant grant = store.grant(grantId).orElseThrow();
		if (grant.status() != GrantStatus.REQUESTED) {
			throw ProblemException.conflict("exchange.decision.notPending", grantId, grant.status());
		}
		return grant;
	}

	/** The signed-in steward, head or administrator of the grant's providing department. */
	private StaffMember providerOf(long grantId) {
		StaffMember staff = StaffMember.withAnyRole("exchange.request.role", SharingRoles.APPLICANTS);
		AccessGrant grant = store.grant(grantId)
			.orElseThrow(() -> ProblemException.notFound("exchange.grant.unknown", grantId));
		DataResource resource = catalogue.resource(grant.resourceCode());
		if (!staff.worksFor(resource.providerDepartment())) {
			throw ProblemException.forbidden("exchange.decision.notProvider", resource.name());
		}
		return staff;
	}

	private static List<String> sensitive(DataResource resource, List<String> fields) {
		return resource.fields().stream().filter(f -> f.sensitive() && fields.contains(f.name()))
			.map(DataResource.Field::name).toList();
	}
}
