package org.govhall.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govhall.exchange.internal.ActiveGrants;
import org.govhall.exchange.internal.Gateway;
import org.govhall.exchange.internal.ResourceStore;
import org.govhall.exchange.spi.ServiceItemNames;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing the base registers between departments: a consuming department asks for fields of a resource for a
 * purpose, on a legal basis, for the service items it serves and for a period; unconditional resources are
 * granted at once (unless replication is asked for), conditional ones wait for the provider, who grants, narrows
 * (fewer fields, masked fields, a shorter period, no replication) or refuses with a reason; "not shared" ones
 * cannot be asked for. A new grant supersedes the consumer's earlier grant for the same resource. Lookups and
 * the change feed answer only the granted fields, masked where the grant says so, and every subject read is
 * written to the access log with consumer, purpose and fields.
 */
@Service
public class DataSharing {

	/** The longest a grant may run. */
	static final int MAX_YEARS = 3;

	static final Set<String> APPLICANT_ROLES = Set.of("DATA_STEWARD", "DEPARTMENT_HEAD", "ADMINISTRATOR");

	private final ResourceStore store;

	private final ActiveGrants activeGrants;

	private final Gateway gateway;

	private final AuditTrail audit;

	private final ObjectProvider<ServiceItemNames> serviceItems;

	private final Clock clock;

	DataSharing(ResourceStore store, ActiveGrants activeGrants, Gateway gateway, AuditTrail audit,
			ObjectProvider<ServiceItemNames> serviceItems, Clock clock) {
		this.store = store;
		this.activeGrants = activeGrants;
		this.gateway = gateway;
		this.audit = audit;
		this.serviceItems = serviceItems;
		this.clock = clock;
	}

	public List<DataResource> resources() {
		return store.resources();
	}

	public DataResource resource(String code) {
		return store.cached(code).orElseThrow(() -> ProblemException.notFound("exchange.resource.unknown", code));
	}

	/**
	 * A department's request for access (the signed-in data steward or head asks for their department).
	 *
	 * @param request what is asked for
	 * @return the request, already granted when the resource is shared unconditionally and no replication is asked
	 */
	@Transactional
	public AccessGrant request(AccessRequest request) {
		StaffMember staff = staff(APPLICANT_ROLES);
		DataResource resource = resource(request.resource());
		if ("NOT_SHARED".equals(resource.sharingType())) {
			throw ProblemException.conflict("exchange.request.notShared", resource.name(), resource.notSharedBasis());
		}
		if (resource.providerDepartment().equals(staff.departmentCode())) {
			throw ProblemException.conflict("exchange.request.ownResource", resource.name());
		}
		requireText(request.purpose(), "exchange.request.purposeMissing");
		requireText(request.legalBasis(), "exchange.request.basisMissing");
		List<String> fields = request.fields() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.fields()));
		if (fields.isEmpty()) {
			throw invalid("exchange.request.noFields");
		}
		for (String field : fields) {
			if (!resource.hasField(field)) {
				throw invalid("exchange.request.unknownField", field, resource.name());
			}
		}
		List<String> items = serviceItems(request.serviceItems());
		LocalDate today = LocalDate.now(clock);
		LocalDate until = request.validUntil();
		if (until == null || !until.isAfter(today) || until.isAfter(today.plusYears(MAX_YEARS))) {
			throw invalid("exchange.request.period", MAX_YEARS);
		}
		long id = store.insertGrant(new ResourceStore.NewGrant(resource.code(), staff.departmentCode(), fields, items,
				request.purpose().strip(), request.legalBasis().strip(), until, request.sync(), staff.getUsername(),
				clock.instant()));
		boolean atOnce = "UNCONDITIONAL".equals(resource.sharingType()) && !request.sync();
		audit.record(AuditEvent.of("exchange.accessRequested").on("access-grant", id).because(request.purpose())
			.detail("resource", resource.code()).detail("consumer", staff.departmentCode()).detail("fields", fields)
			.detail("serviceItems", items).detail("sync", request.sync()).detail("granted", atOnce));
		if (atOnce) {
			// sensitive fields of an unconditional resource are masked: plain sensitive data needs the provider
			decide(store.grant(id).orElseThrow(), fields, sensitive(resource, fields), until, false,
					AuditTrail.SYSTEM, null);
		}
		return store.grant(id).orElseThrow();
	}

	/**
	 * The provider's decision to grant a request: the requested fields or fewer, {@code masked} of them masked
	 * ({@code null}: the sensitive ones), until the requested day or earlier, with or without the replication asked
	 * for. Narrowing, or handing out sensitive fields unmasked, needs a reason.
	 */
	@Transactional
	public AccessGrant grant(long grantId, GrantDecision decision) {
		AccessGrant request = pending(grantId);
		DataResource resource = resource(request.resourceCode());
		List<String> fields = decision.fields() == null ? request.fields() : List.copyOf(decision.fields());
		if (fields.isEmpty() || !request.fields().containsAll(fields)) {
			throw invalid("exchange.decision.fieldsNotRequested");
		}
		List<String> masked = decision.masked() == null ? sensitive(resource, fields) : List.copyOf(decision.masked());
		if (!fields.containsAll(masked)) {
			throw invalid("exchange.decision.maskedNotGranted");
		}
		LocalDate until = decision.validUntil() == null ? request.validUntil() : decision.validUntil();
		if (until.isAfter(request.validUntil()) || !until.isAfter(LocalDate.now(clock))) {
			throw invalid("exchange.decision.period", request.validUntil());
		}
		boolean sync = decision.sync() == null ? request.sync() : decision.sync() && request.sync();
		List<String> sensitive = sensitive(resource, fields);
		boolean narrowed = fields.size() < request.fields().size() || !sensitive.containsAll(masked)
				|| until.isBefore(request.validUntil()) || sync != request.sync();
		boolean plainSensitive = !masked.containsAll(sensitive);
		if ((narrowed || plainSensitive) && (decision.reason() == null || decision.reason().isBlank())) {
			throw invalid(plainSensitive ? "exchange.decision.plainSensitiveReason" : "exchange.decision.reasonMissing");
		}
		StaffMember provider = StaffMember.current().orElseThrow();
		decide(request, fields, masked, until, sync, provider.getUsername(), decision.reason());
		return store.grant(grantId).orElseThrow();
	}

	@Transactional
	public AccessGrant refuse(long grantId, String reason) {
		pending(grantId);
		requireText(reason, "exchange.decision.reasonMissing");
		store.close(grantId, "REFUSED", StaffMember.current().orElseThrow().getUsername(), reason.strip(),
				clock.instant());
		audit.record(AuditEvent.of("exchange.accessRefused").on("access-grant", grantId).because(reason));
		return store.grant(grantId).orElseThrow();
	}

	/** The provider withdraws a grant before its end, with a reason; lookups under it stop at once on every node. */
	@Transactional
	public AccessGrant revoke(long grantId, String reason) {
		AccessGrant grant = store.grant(grantId)
			.orElseThrow(() -> ProblemException.notFound("exchange.grant.unknown", grantId));
		StaffMember staff = provider(grant);
		if (!"GRANTED".equals(grant.status())) {
			throw ProblemException.conflict("exchange.decision.notInForce", grantId, grant.status());
		}
		requireText(reason, "exchange.decision.reasonMissing");
		store.close(grantId, "REVOKED", staff.getUsername(), reason.strip(), clock.instant());
		activeGrants.forget(grant.resourceCode(), grant.consumerDepartment());
		audit.record(AuditEvent.of("exchange.accessRevoked").on("access-grant", grantId).because(reason));
		return store.grant(grantId).orElseThrow();
	}

	/** The grants a department asked for, and those waiting for it as a provider. */
	public List<AccessGrant> grantsOf(String department, boolean asProvider) {
		StaffMember staff = staff(Set.of());
		if (!staff.departmentCode().equals(department) && !staff.hasRoleNamed("ADMINISTRATOR")
				&& !staff.hasRoleNamed("SUPERVISOR")) {
			throw ProblemException.forbidden("exchange.grants.notYours", department);
		}
		return asProvider ? store.grantsOfProvider(department) : store.grantsOfConsumer(department);
	}

	/** The names of the service items a grant serves, by implementation code (the code when unknown). */
	public Map<String, String> serviceItemNames(AccessGrant grant) {
		ServiceItemNames names = serviceItems.getIfAvailable();
		Map<String, String> out = new java.util.LinkedHashMap<>();
		for (String code : grant.serviceItems()) {
			out.put(code, names == null ? code : names.nameOf(code).orElse(code));
		}
		return out;
	}

	/**
	 * Looks a subject up in a resource for the signed-in staff member's (or department system's) department,
	 * under its grant, for a stated purpose. Answers the granted fields only, masked where the grant says so; the
	 * read and its access log entry are one statement, and a refusal is logged too.
	 */
	public Lookup lookup(String resourceCode, String subject, String purpose) {
		return gateway.lookup(gateway.caller(staff(Set.of())), resourceCode, subject, purpose);
	}

	/**
	 * A lookup by a platform service on behalf of a department (identity's real-name check, for example): the
	 * same grant rules, masking and access log as a staff lookup, with the service named as the actor. The caller
	 * decides whether the current user may cause this lookup.
	 */
	public Lookup lookupForService(String consumerDepartment, String service, String resourceCode, String subject,
			String purpose) {
		return gateway.lookup(gateway.service(consumerDepartment, service), resourceCode, subject, purpose);
	}

	/**
	 * The changes of a resource's register after {@code cursor}, in order, at most {@code limit}, for a department
	 * granted replication: granted fields only, masked as granted; resume with the answer's {@code next}.
	 */
	public Changes changes(String resourceCode, String cursor, int limit, String purpose) {
		return gateway.changes(gateway.caller(staff(Set.of())), resourceCode, cursor, limit, purpose);
	}

	/**
	 * Who read a subject's data through the exchange, newest first: consumer, purpose, fields, time. The caller
	 * authorises (a supervisor, or the person whose data it is).
	 */
	public AccessRecord.Page accessLogOf(String subject, int page) {
		return gateway.accessLogOf(subject, page);
	}

	/** One changed subject: the cursor just after it, its key and granted values. */
	public record Change(String cursor, String subject, Map<String, Object> fields) {
	}

	/** A page of changes and the cursor to resume from; {@code more} when the page was full. */
	public record Changes(String resource, String after, String next, boolean more, List<Change> changes) {
	}

	/**
	 * The answer of a lookup.
	 *
	 * @param resource the resource
	 * @param subject the key looked up
	 * @param grant the grant it was answered under
	 * @param masked which fields are masked
	 * @param fields the granted fields and their values
	 */
	public record Lookup(String resource, String subject, long grant, List<String> masked, Map<String, Object> fields) {
	}

	private void decide(AccessGrant request, List<String> fields, List<String> masked, LocalDate until, boolean sync,
			String by, String reason) {
		List<Long> superseded = store.grant(request.id(), fields, masked, until, sync, by,
				reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
		activeGrants.forget(request.resourceCode(), request.consumerDepartment());
		audit.record(AuditEvent.of("exchange.accessGranted").on("access-grant", request.id()).by(by)
			.detail("fields", fields).detail("masked", masked).detail("validUntil", until).detail("sync", sync)
			.because(reason == null ? "" : reason));
		for (long old : superseded) {
			audit.record(AuditEvent.of("exchange.accessSuperseded").on("access-grant", old).by(by)
				.detail("by", request.id()));
		}
	}

	private List<String> serviceItems(List<String> codes) {
		if (codes == null) {
			return List.of();
		}
		ServiceItemNames names = serviceItems.getIfAvailable();
		List<String> items = codes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
		for (String code : items) {
			if (names != null && names.nameOf(code).isEmpty()) {
				throw invalid("exchange.request.unknownServiceItem", code);
			}
		}
		return items;
	}

	private AccessGrant pending(long grantId) {
		AccessGrant grant = store.grant(grantId)
			.orElseThrow(() -> ProblemException.notFound("exchange.grant.unknown", grantId));
		provider(grant);
		if (!"REQUESTED".equals(grant.status())) {
			throw ProblemException.conflict("exchange.decision.notPending", grantId, grant.status());
		}
		return grant;
	}

	/** The signed-in staff member, who must be a steward, head or administrator of the grant's provider. */
	private StaffMember provider(AccessGrant grant) {
		DataResource resource = resource(grant.resourceCode());
		StaffMember staff = staff(APPLICANT_ROLES);
		if (!resource.providerDepartment().equals(staff.departmentCode())) {
			throw ProblemException.forbidden("exchange.decision.notProvider", resource.name());
		}
		return staff;
	}

	private static List<String> sensitive(DataResource resource, List<String> fields) {
		return resource.fields().stream().filter(f -> f.sensitive() && fields.contains(f.name()))
			.map(DataResource.Field::name).toList();
	}

	static StaffMember staffWith(Set<String> roles) {
		return staff(roles);
	}

	private static StaffMember staff(Set<String> roles) {
		StaffMember staff = StaffMember.current().orElseThrow(
				() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
						"Data sharing needs a signed-in staff member"));
		if (!roles.isEmpty() && roles.stream().noneMatch(staff::hasRoleNamed)) {
			throw ProblemException.forbidden("exchange.request.role");
		}
		return staff;
	}

	private static void requireText(String text, String key) {
		if (text == null || text.isBlank()) {
			throw invalid(key);
		}
	}

	static ProblemException invalid(String key, Object... args) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", key, args);
	}
}
