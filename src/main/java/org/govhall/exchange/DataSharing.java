package org.govhall.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govhall.exchange.internal.Masking;
import org.govhall.exchange.internal.ResourceStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditPage;
import org.govhall.shared.audit.AuditQuery;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing the base registers between departments: a consuming department asks for fields of a resource for a
 * purpose and a period; unconditional resources are granted at once, conditional ones wait for the provider,
 * who grants, narrows (fewer fields, masked fields) or refuses with a reason; "not shared" ones cannot be asked
 * for. A lookup answers only the granted fields, masked where the grant says so, and is written to the audit
 * trail with consumer, purpose, subject and fields.
 */
@Service
public class DataSharing {

	/** The longest a grant may run. */
	static final int MAX_YEARS = 3;

	static final Set<String> APPLICANT_ROLES = Set.of("DATA_STEWARD", "DEPARTMENT_HEAD", "ADMINISTRATOR");

	private static final Map<String, String> REGISTERS = Map.of("PERSON", "exchange_person", "LEGAL_PERSON",
			"exchange_legal_person");

	private static final Map<String, String> KEYS = Map.of("PERSON", "id_number", "LEGAL_PERSON", "credit_code");

	private final ResourceStore store;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DataSharing(ResourceStore store, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public List<DataResource> resources() {
		return store.resources();
	}

	public DataResource resource(String code) {
		return store.resource(code).orElseThrow(() -> ProblemException.notFound("exchange.resource.unknown", code));
	}

	/** A department's request for access (the signed-in data steward or head asks for their department). */
	@Transactional
	public AccessGrant request(String resourceCode, List<String> fields, String purpose, String legalBasis,
			LocalDate validUntil) {
		StaffMember staff = staff(APPLICANT_ROLES);
		DataResource resource = resource(resourceCode);
		if ("NOT_SHARED".equals(resource.sharingType())) {
			throw ProblemException.conflict("exchange.request.notShared", resource.name(), resource.notSharedBasis());
		}
		if (resource.providerDepartment().equals(staff.departmentCode())) {
			throw ProblemException.conflict("exchange.request.ownResource", resource.name());
		}
		requireText(purpose, "exchange.request.purposeMissing");
		requireText(legalBasis, "exchange.request.basisMissing");
		if (fields == null || fields.isEmpty()) {
			throw invalid("exchange.request.noFields");
		}
		for (String field : fields) {
			if (!resource.hasField(field)) {
				throw invalid("exchange.request.unknownField", field, resource.name());
			}
		}
		LocalDate today = LocalDate.now(clock);
		if (validUntil == null || !validUntil.isAfter(today) || validUntil.isAfter(today.plusYears(MAX_YEARS))) {
			throw invalid("exchange.request.period", MAX_YEARS);
		}
		boolean unconditional = "UNCONDITIONAL".equals(resource.sharingType());
		long id = store.insertGrant(resourceCode, staff.departmentCode(), List.copyOf(new java.util.LinkedHashSet<>(fields)),
				purpose.strip(), legalBasis.strip(), validUntil, unconditional ? "GRANTED" : "REQUESTED",
				staff.getUsername(), clock.instant());
		if (unconditional) {
			store.decide(id, "GRANTED", fields, sensitive(resource, fields), AuditTrail.SYSTEM,
					"无条件共享，申请即授权", clock.instant());
		}
		audit.record(AuditEvent.of("exchange.accessRequested").on("access-grant", id).because(purpose)
			.detail("resource", resourceCode).detail("consumer", staff.departmentCode()).detail("fields", fields)
			.detail("granted", unconditional));
		return store.grant(id).orElseThrow();
	}

	/**
	 * The provider's decision on a request: grant the requested fields or fewer ({@code fields}), masking
	 * {@code masked} of them. Narrowing needs a reason.
	 */
	@Transactional
	public AccessGrant grant(long grantId, List<String> fields, List<String> masked, String reason) {
		AccessGrant request = pending(grantId);
		if (fields == null || fields.isEmpty() || !request.fields().containsAll(fields)) {
			throw invalid("exchange.decision.fieldsNotRequested");
		}
		if (masked != null && !fields.containsAll(masked)) {
			throw invalid("exchange.decision.maskedNotGranted");
		}
		boolean narrowed = fields.size() < request.fields().size() || masked != null && !masked.isEmpty();
		if (narrowed && (reason == null || reason.isBlank())) {
			throw invalid("exchange.decision.reasonMissing");
		}
		StaffMember provider = StaffMember.current().orElseThrow();
		store.decide(grantId, "GRANTED", fields, masked == null ? List.of() : masked, provider.getUsername(),
				reason, clock.instant());
		audit.record(AuditEvent.of("exchange.accessGranted").on("access-grant", grantId)
			.detail("fields", fields).detail("masked", masked == null ? List.of() : masked).detail("narrowed", narrowed)
			.because(reason == null ? "" : reason));
		return store.grant(grantId).orElseThrow();
	}

	@Transactional
	public AccessGrant refuse(long grantId, String reason) {
		AccessGrant request = pending(grantId);
		requireText(reason, "exchange.decision.reasonMissing");
		store.decide(grantId, "REFUSED", request.fields(), List.of(), StaffMember.current().orElseThrow().getUsername(),
				reason.strip(), clock.instant());
		audit.record(AuditEvent.of("exchange.accessRefused").on("access-grant", grantId).because(reason));
		return store.grant(grantId).orElseThrow();
	}

	/** The provider withdraws a grant before its end, with a reason; lookups under it stop at once. */
	@Transactional
	public AccessGrant revoke(long grantId, String reason) {
		AccessGrant grant = store.grant(grantId)
			.orElseThrow(() -> ProblemException.notFound("exchange.grant.unknown", grantId));
		DataResource resource = resource(grant.resourceCode());
		StaffMember staff = staff(APPLICANT_ROLES);
		if (!resource.providerDepartment().equals(staff.departmentCode())) {
			throw ProblemException.forbidden("exchange.decision.notProvider", resource.name());
		}
		if (!"GRANTED".equals(grant.status())) {
			throw ProblemException.conflict("exchange.decision.notPending", grantId, grant.status());
		}
		requireText(reason, "exchange.decision.reasonMissing");
		store.decide(grantId, "REVOKED", grant.fields(), grant.maskedFields(), staff.getUsername(), reason.strip(),
				clock.instant());
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

	/**
	 * Looks a subject up in a resource for the signed-in staff member's department, under its grant, for a
	 * stated purpose. Answers the granted fields only, masked where the grant says so. Not one transaction, so
	 * that the audit entry of a refused lookup is kept.
	 */
	public Lookup lookup(String resourceCode, String subject, String purpose) {
		StaffMember staff = staff(Set.of());
		return lookupAs(staff.departmentCode(), null, resourceCode, subject, purpose);
	}

	/**
	 * A lookup by a platform service on behalf of a department (identity's real-name check, for example): the
	 * same grant rules, masking and audit as a staff lookup, with the service named as the actor. The caller
	 * decides whether the current user may cause this lookup.
	 */
	public Lookup lookupForService(String consumerDepartment, String service, String resourceCode, String subject,
			String purpose) {
		return lookupAs(consumerDepartment, service, resourceCode, subject, purpose);
	}

	/**
	 * Who read a subject's data through the exchange, newest first: consumer, purpose, fields, time. The caller
	 * authorises (a supervisor, or the person whose data it is).
	 */
	public AuditPage accessLogOf(String subject, int page) {
		return audit.search(new AuditQuery(null, "exchange.lookup", null, subject.strip(), null, null, page, 50));
	}

	private Lookup lookupAs(String consumer, String actor, String resourceCode, String subject, String purpose) {
		requireText(purpose, "exchange.lookup.purposeMissing");
		DataResource resource = resource(resourceCode);
		AccessGrant grant = store.activeGrant(resourceCode, consumer, LocalDate.now(clock))
			.orElseThrow(() -> {
				audit.record(AuditEvent.of("exchange.lookupDenied").on(resource.register().toLowerCase(), subject)
					.by(actor).because(purpose).detail("resource", resourceCode).detail("consumer", consumer)
					.outcome(org.govhall.shared.audit.AuditOutcome.DENIED));
				return ProblemException.forbidden("exchange.lookup.noGrant", resource.name());
			});
		Map<String, Object> row = jdbc.sql("select " + columns(grant, resource) + " from " + REGISTERS.get(resource.register())
				+ " where " + KEYS.get(resource.register()) + " = ?").param(subject == null ? "" : subject.strip())
			.query((rs, n) -> {
				return values(rs, grant);
			}).optional().orElse(null);
		audit.record(AuditEvent.of("exchange.lookup").on(resource.register().toLowerCase(), subject).by(actor)
			.because(purpose).detail("resource", resourceCode).detail("consumer", consumer).detail("grant", grant.id())
			.detail("fields", grant.fields()).detail("found", row != null));
		if (row == null) {
			throw ProblemException.notFound("exchange.lookup.noSubject", resource.name());
		}
		return new Lookup(resourceCode, subject, grant.id(), new ArrayList<>(grant.maskedFields()), row);
	}

	/**
	 * The changes of a resource's register after {@code cursor}, in order, at most {@code limit}, for syncing a
	 * local copy: granted fields only, masked as granted. Resume with the answer's {@code next} cursor.
	 */
	public Changes changes(String resourceCode, long cursor, int limit, String purpose) {
		StaffMember staff = staff(Set.of());
		requireText(purpose, "exchange.lookup.purposeMissing");
		DataResource resource = resource(resourceCode);
		AccessGrant grant = store.activeGrant(resourceCode, staff.departmentCode(), LocalDate.now(clock))
			.orElseThrow(() -> ProblemException.forbidden("exchange.lookup.noGrant", resource.name()));
		int size = Math.max(1, Math.min(limit, 1000));
		String key = KEYS.get(resource.register());
		List<Change> changes = jdbc.sql("select change_seq, " + key + ", " + columns(grant, resource)
				+ " from " + REGISTERS.get(resource.register()) + " where change_seq > ? order by change_seq limit ?")
			.params(cursor, size)
			.query((rs, n) -> {
				return new Change(rs.getLong(1), rs.getString(2).strip(), values(rs, grant));
			}).list();
		long next = changes.isEmpty() ? cursor : changes.get(changes.size() - 1).seq();
		audit.record(AuditEvent.of("exchange.changesRead").on("resource", resourceCode).because(purpose)
			.detail("consumer", staff.departmentCode()).detail("grant", grant.id()).detail("after", cursor)
			.detail("count", changes.size()).detail("fields", grant.fields()));
		return new Changes(resourceCode, cursor, next, changes.size() == size, changes);
	}

	/** One changed subject: its change number, key and granted values. */
	public record Change(long seq, String subject, Map<String, Object> fields) {
	}

	/** A page of changes and the cursor to resume from; {@code more} when the page was full. */
	public record Changes(String resource, long after, long next, boolean more, List<Change> changes) {
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

	/** The granted fields as a column list, each checked against the resource (they become SQL). */
	private static String columns(AccessGrant grant, DataResource resource) {
		for (String field : grant.fields()) {
			if (!field.matches("[a-z_]+") || !resource.hasField(field)) {
				throw new IllegalStateException("grant " + grant.id() + " names an unknown field " + field);
			}
		}
		return String.join(", ", grant.fields());
	}

	/** The granted values of the current row, masked where the grant says so. */
	private static Map<String, Object> values(java.sql.ResultSet rs, AccessGrant grant) throws java.sql.SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (String field : grant.fields()) {
			Object value = rs.getObject(field);
			String text = value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate().toString()
					: value instanceof java.math.BigDecimal b ? b.toPlainString() : value.toString().strip();
			values.put(field, grant.maskedFields().contains(field) ? Masking.mask(field, text) : text);
		}
		return values;
	}

	private AccessGrant pending(long grantId) {
		AccessGrant grant = store.grant(grantId)
			.orElseThrow(() -> ProblemException.notFound("exchange.grant.unknown", grantId));
		DataResource resource = resource(grant.resourceCode());
		StaffMember staff = staff(APPLICANT_ROLES);
		if (!resource.providerDepartment().equals(staff.departmentCode())) {
			throw ProblemException.forbidden("exchange.decision.notProvider", resource.name());
		}
		if (!"REQUESTED".equals(grant.status())) {
			throw ProblemException.conflict("exchange.decision.notPending", grantId, grant.status());
		}
		return grant;
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
