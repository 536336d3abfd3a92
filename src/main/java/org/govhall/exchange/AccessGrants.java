package org.govhall.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.govhall.exchange.internal.ResourceStore;
import org.govhall.exchange.spi.ServiceItemNames;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consuming department asks for access (共享申请): fields of a resource, for a purpose, on a legal basis, for
 * the service items it serves, until a day, optionally with replication. Unconditional resources are granted at
 * once (unless replication is asked for), with their sensitive fields masked; conditional ones wait for the
 * provider's decision ({@link GrantDecisions}); "not shared" ones cannot be asked for.
 */
@Service
public class AccessGrants {

	/** The longest a grant may run. */
	static final int MAX_YEARS = 3;

	private final ResourceStore store;

	private final ResourceCatalogue catalogue;

	private final GrantDecisions decisions;

	private final AuditTrail audit;

	private final ObjectProvider<ServiceItemNames> serviceItems;

	private final Clock clock;

	AccessGrants(ResourceStore store, ResourceCatalogue catalogue, GrantDecisions decisions, AuditTrail audit,
			ObjectProvider<ServiceItemNames> serviceItems, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.decisions = decisions;
		this.audit = audit;
		this.serviceItems = serviceItems;
		this.clock = clock;
	}

	/**
	 * The signed-in steward's, head's or administrator's department asks for access.
	 *
	 * @return the request, already granted when the resource is shared unconditionally and no replication is asked
	 */
	@Transactional
	public AccessGrant request(AccessRequest request) {
		StaffMember staff = StaffMember.withAnyRole("exchange.request.role", SharingRoles.APPLICANTS);
		DataResource resource = catalogue.resource(request.resource());
		if ("NOT_SHARED".equals(resource.sharingType())) {
			throw ProblemException.conflict("exchange.request.notShared", resource.name(), resource.notSharedBasis());
		}
		if (staff.worksFor(resource.providerDepartment())) {
			throw ProblemException.conflict("exchange.request.ownResource", resource.name());
		}
		List<String> fields = fields(request, resource);
		String purpose = required("purpose", request.purpose(), "exchange.request.purposeMissing");
		String basis = required("legalBasis", request.legalBasis(), "exchange.request.basisMissing");
		List<String> items = serviceItems(request.serviceItems());
		LocalDate today = LocalDate.now(clock);
		LocalDate until = request.validUntil();
		if (until == null || !until.isAfter(today) || until.isAfter(today.plusYears(MAX_YEARS))) {
			throw ProblemException.invalid("validUntil", "exchange.request.period", MAX_YEARS);
		}
		long id = store.insertGrant(new ResourceStore.NewGrant(resource.code(), staff.departmentCode(), fields, items,
				purpose, basis, until, request.sync(), staff.getUsername(), clock.instant()));
		boolean atOnce = "UNCONDITIONAL".equals(resource.sharingType()) && !request.sync();
		audit.record(AuditEvent.of("exchange.accessRequested").on("access-grant", id).because(purpose)
			.detail("resource", resource.code()).detail("consumer", staff.departmentCode()).detail("fields", fields)
			.detail("serviceItems", items).detail("sync", request.sync()).detail("granted", atOnce));
		if (atOnce) {
			decisions.grantUnconditionally(store.grant(id).orElseThrow(), resource);
		}
		return store.grant(id).orElseThrow();
	}

	/**
	 * The grants a department asked for ({@code asProvider} false) or those of its resources
	 * ({@code asProvider} true): its own staff, supervisors and administrators see them.
	 */
	public List<AccessGrant> grantsOf(String department, boolean asProvider) {
		StaffMember staff = StaffMember.signedIn();
		if (!staff.worksFor(department) && !staff.hasAnyRole(StaffRole.ADMINISTRATOR, StaffRole.SUPERVISOR)) {
			throw ProblemException.forbidden("exchange.grants.notYours", department);
		}
		return asProvider ? store.grantsOfProvider(department) : store.grantsOfConsumer(department);
	}

	/** The names of the service items a grant serves, by implementation code (the code when unknown). */
	public Map<String, String> serviceItemNames(AccessGrant grant) {
		ServiceItemNames names = serviceItems.getIfAvailable();
		Map<String, String> out = new LinkedHashMap<>();
		for (String code : grant.serviceItems()) {
			out.put(code, names == null ? code : names.nameOf(code).orElse(code));
		}
		return out;
	}

	private static List<String> fields(AccessRequest request, DataResource resource) {
		List<String> fields = request.fields() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.fields()));
		if (fields.isEmpty()) {
			throw ProblemException.invalid("fields", "exchange.request.noFields");
		}
		for (String field : fields) {
			if (!resource.hasField(field)) {
				throw ProblemException.invalid("fields", "exchange.request.unknownField", field, resource.name());
			}
		}
		return fields;
	}

	private List<String> serviceItems(List<String> codes) {
		if (codes == null) {
			return List.of();
		}
		ServiceItemNames names = serviceItems.getIfAvailable();
		List<String> items = codes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
		for (String code : items) {
			if (names != null && names.nameOf(code).isEmpty()) {
				throw ProblemException.invalid("serviceItems", "exchange.request.unknownServiceItem", code);
			}
		}
		return items;
	}

	static String required(String field, String text, String key) {
		if (text == null || text.isBlank()) {
			throw ProblemException.invalid(field, key);
		}
		return text.strip();
	}
}
