package org.govhall.exchange;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.govhall.exchange.internal.ResourceStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resource catalogue's publishing side: departments describe what they share and on what terms. */
@Service
public class ResourcePublishing {

	/** The columns of each register that a resource may expose. */
	private static final Map<String, Set<String>> COLUMNS = Map.of("PERSON",
			Set.of("name", "gender", "birth_date", "ethnicity", "household_division", "household_address",
					"marital_status", "social_security_status", "mobile"),
			"LEGAL_PERSON", Set.of("name", "type", "legal_representative_id", "legal_representative",
					"registered_capital", "established_on", "division_code", "address", "business_scope", "status"));

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
	 * Fields must be columns the register has; a "not shared" resource must name its legal basis.
	 */
	@Transactional
	public DataResource publish(DataResource resource) {
		StaffMember staff = DataSharing.staffWith(DataSharing.APPLICANT_ROLES);
		if (!staff.departmentCode().equals(resource.providerDepartment()) && !staff.hasRoleNamed("ADMINISTRATOR")) {
			throw ProblemException.forbidden("exchange.publish.notYours", resource.providerDepartment());
		}
		if (resource.code() == null || !resource.code().matches("[A-Z0-9-]{3,40}") || resource.name() == null
				|| resource.name().isBlank() || resource.description() == null || resource.description().isBlank()) {
			throw DataSharing.invalid("exchange.publish.incomplete");
		}
		Set<String> columns = resource.register() == null ? null : COLUMNS.get(resource.register());
		if (columns == null || !Set.of("PERSON", "LEGAL_PERSON").contains(resource.register())) {
			throw DataSharing.invalid("exchange.publish.register", resource.register());
		}
		if (!Set.of("UNCONDITIONAL", "CONDITIONAL", "NOT_SHARED").contains(resource.sharingType())) {
			throw DataSharing.invalid("exchange.publish.sharingType", resource.sharingType());
		}
		if ("NOT_SHARED".equals(resource.sharingType())
				&& (resource.notSharedBasis() == null || resource.notSharedBasis().isBlank())) {
			throw DataSharing.invalid("exchange.publish.basisMissing");
		}
		if (resource.fields() == null || resource.fields().isEmpty()) {
			throw DataSharing.invalid("exchange.request.noFields");
		}
		for (DataResource.Field field : resource.fields()) {
			if (!columns.contains(field.name())) {
				throw DataSharing.invalid("exchange.request.unknownField", field.name(), resource.register());
			}
		}
		if (store.resource(resource.code()).isPresent()) {
			throw ProblemException.conflict("exchange.publish.exists", resource.code());
		}
		store.insert(resource, clock.instant());
		audit.record(AuditEvent.of("exchange.resourcePublished").on("resource", resource.code())
			.detail("sharing", resource.sharingType()).detail("fields", resource.fields().size()));
		return resource(resource.code());
	}

	private DataResource resource(String code) {
		return store.resource(code).orElseThrow(() -> ProblemException.notFound("exchange.resource.unknown", code));
	}
}
