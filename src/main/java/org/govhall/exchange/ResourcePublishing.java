package org.govhall.exchange;

import java.time.Clock;

import org.govhall.exchange.internal.ResourceStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resource catalogue's publishing side: departments describe what they share and on what terms. */
@Service
public class ResourcePublishing {

	private final ResourceStore store;

	private final AuditTrail audit;

	private final Clock clock;

	ResourcePublishing(ResourceStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A department publishes a data resource over a base register (its data steward, head or an administrator).
	 * The description must pass {@link ResourceDescriptionPolicy}: fields are columns the register has, every
	 * term comes from its closed set ({@link ResourceTerms}), a "not shared" resource names its legal basis.
	 */
	@Transactional
	public DataResource publish(DataResource resource) {
		StaffMember staff = StaffMember.withAnyRole("exchange.request.role", SharingRoles.APPLICANTS);
		if (!staff.worksFor(resource.providerDepartment()) && !staff.hasRole(StaffRole.ADMINISTRATOR)) {
			throw ProblemException.forbidden("exchange.publish.notYours", resource.providerDepartment());
		}
		ResourceDescriptionPolicy.check(resource);
		if (store.resource(resource.code()).isPresent()) {
			throw ProblemException.conflict("exchange.publish.exists", resource.code());
		}
		try {
			store.insert(resource, clock.instant());
		}
		catch (DuplicateKeyException published) {
			// published at the same moment by another request
			throw ProblemException.conflict("exchange.publish.exists", resource.code());
		}
		audit.record(AuditEvent.of("exchange.resourcePublished").on("resource", resource.code())
			.detail("sharing", resource.sharingType()).detail("fields", resource.fields().size()));
		return resource(resource.code());
	}

	private DataResource resource(String code) {
		return store.resource(code).orElseThrow(() -> ProblemException.notFound("exchange.resource.unknown", code));
	}
}
