package org.govhall.exchange.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.AccessGrants;
import org.govhall.exchange.AccessRecord;
import org.govhall.exchange.AccessRequest;
import org.govhall.exchange.BaseRegisters;
import org.govhall.exchange.Changes;
import org.govhall.exchange.DataLookups;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.GrantDecision;
import org.govhall.exchange.GrantDecisions;
import org.govhall.exchange.Lookup;
import org.govhall.exchange.ResourceCatalogue;
import org.govhall.exchange.ResourcePublishing;
import org.govhall.exchange.StandardAddress;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffOnly;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.DATA_STEWARD;
import static org.govhall.shared.security.StaffRole.DEPARTMENT_HEAD;
import static org.govhall.shared.security.StaffRole.SUPERVISOR;

/**
 * The data-sharing API for staff: the resource catalogue, access requests and decisions, governed lookups and
 * the access log. Subjects travel in request bodies, never in addresses. Staff only (and only the roles that
 * ask, decide and publish where it says so), refused before the request is read.
 */
@RestController
@StaffOnly
@RequestMapping("/api/v1/exchange")
@Tag(name = "Data exchange", description = "Resource catalogue, grants, governed lookups, access log (staff)")
class DataSharingApiController {

	private final AccessGrants grants;

	private final GrantDecisions decisions;

	private final DataLookups lookups;

	private final AuditTrail audit;

	private final ResourcePublishing publishing;

	private final BaseRegisters registers;

	private final ResourceCatalogue catalogue;

	DataSharingApiController(AccessGrants grants, GrantDecisions decisions, DataLookups lookups, AuditTrail audit,
			ResourcePublishing publishing, BaseRegisters registers, ResourceCatalogue catalogue) {
		this.grants = grants;
		this.decisions = decisions;
		this.lookups = lookups;
		this.catalogue = catalogue;
		this.audit = audit;
		this.publishing = publishing;
		this.registers = registers;
	}

	@GetMapping("/resources")
	@Operation(summary = "The resource catalogue, or the resources matching a search: text in name, code, description,"
			+ " provider or field labels (any case), provider department, sharing type, subject key")
	List<DataResource> resources(@RequestParam(required = false) String q,
			@RequestParam(required = false) String provider, @RequestParam(required = false) String sharing,
			@RequestParam(required = false) String subjectKey) {
		return catalogue.search(new ResourceCatalogue.Query(q, provider, sharing, subjectKey));
	}

	@GetMapping("/resources/{code}")
	@Operation(summary = "One resource with its fields and sharing terms")
	DataResource resource(@PathVariable String code) {
		return catalogue.resource(code);
	}

	@GetMapping(path = "/resources/{code}/dcat", produces = DcatDocuments.MEDIA_TYPE)
	@Operation(summary = "The resource as DCAT (JSON-LD) metadata, for catalogue harvesters")
	java.util.Map<String, Object> dcat(@PathVariable String code) {
		return DcatDocuments.dataset(catalogue.resource(code));
	}

	@GetMapping(path = "/catalog.jsonld", produces = { DcatDocuments.MEDIA_TYPE, "application/json" })
	@Operation(summary = "The whole resource catalogue as a DCAT catalog (JSON-LD): datasets with their field schemas,"
			+ " EU update frequencies and IANA media types")
	java.util.Map<String, Object> catalog() {
		return DcatDocuments.catalog(catalogue.resources());
	}

	@PostMapping("/resources")
	@StaffOnly(value = { DATA_STEWARD, DEPARTMENT_HEAD, ADMINISTRATOR }, refusal = "exchange.request.role")
	@Operation(summary = "Publish a data resource of your department over a base register")
	ResponseEntity<DataResource> publish(@Valid @RequestBody DataResource resource) {
		return ResponseEntity.status(HttpStatus.CREATED).body(publishing.publish(resource));
	}

	@PostMapping("/grants/{id}/revocation")
	@StaffOnly(value = { DATA_STEWARD, DEPARTMENT_HEAD, ADMINISTRATOR }, refusal = "exchange.request.role")
	@Operation(summary = "The provider withdraws a grant, with a reason")
	AccessGrant revoke(@PathVariable long id, @Valid @RequestBody Reason reason) {
		return decisions.revoke(id, reason.reason());
	}

	/** A reason. */
	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	@GetMapping("/addresses")
	@Operation(summary = "Standard addresses containing the text (spatial register), with coordinates and grid cell")
	List<StandardAddress> addresses(@RequestParam @Size(min = 2, max = 100) String q,
			@RequestParam(required = false) String division, @RequestParam(defaultValue = "20") int limit) {
		return registers.addresses(q, division, limit);
	}

	@GetMapping("/addresses/nearest")
	@Operation(summary = "The standard addresses nearest to a point (WGS 84), with their code and grid cell")
	List<StandardAddress> nearest(@RequestParam @DecimalMin("-90") @DecimalMax("90") BigDecimal lat,
			@RequestParam @DecimalMin("-180") @DecimalMax("180") BigDecimal lon,
			@RequestParam(defaultValue = "5") int limit) {
		return registers.nearest(lat, lon, limit);
	}

	@PostMapping("/grants")
	@StaffOnly(value = { DATA_STEWARD, DEPARTMENT_HEAD, ADMINISTRATOR }, refusal = "exchange.request.role")
	@Operation(summary = "Ask for access to a resource for the signed-in staff member's department")
	ResponseEntity<AccessGrant> request(@Valid @RequestBody AccessRequestBody request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(grants.request(new AccessRequest(
				request.resource(), request.fields(), request.purpose(), request.legalBasis(),
				request.serviceItems(), request.validUntil(), Boolean.TRUE.equals(request.sync()))));
	}

	@GetMapping("/grants")
	@Operation(summary = "The grants a department asked for (as=consumer) or must decide on (as=provider)")
	List<AccessGrant> grants(@RequestParam String department,
			@RequestParam(defaultValue = "consumer") @Pattern(regexp = "consumer|provider") String as) {
		return grants.grantsOf(department, "provider".equals(as));
	}

	@PostMapping("/grants/{id}/decision")
	@StaffOnly(value = { DATA_STEWARD, DEPARTMENT_HEAD, ADMINISTRATOR }, refusal = "exchange.request.role")
	@Operation(summary = "The provider grants (possibly fewer fields, some masked) or refuses a request")
	AccessGrant decide(@PathVariable long id, @Valid @RequestBody DecisionBody decision) {
		return "REFUSE".equals(decision.decision()) ? decisions.refuse(id, decision.reason())
				: decisions.grant(id, new GrantDecision(decision.fields(), decision.masked(), decision.validUntil(),
						decision.sync(), decision.reason()));
	}

	@PostMapping("/lookups")
	@Operation(summary = "Look a subject up under the department's grant, stating the purpose")
	Lookup lookup(@Valid @RequestBody LookupRequest lookup, HttpServletRequest request) {
		return lookups.lookup(lookup.resource(), lookup.subject(), lookup.purpose(), request.getRemoteAddr());
	}

	@GetMapping("/resources/{code}/changes")
	@Operation(summary = "Changes after a cursor, in order, for syncing a local copy (grants with replication only)")
	Changes changes(@PathVariable String code, @RequestParam(defaultValue = "0") String after,
			@RequestParam(defaultValue = "100") int limit, @RequestParam String purpose, HttpServletRequest request) {
		return lookups.changes(code, after, limit, purpose, request.getRemoteAddr());
	}

	@PostMapping("/access-log")
	@StaffOnly(value = { SUPERVISOR, ADMINISTRATOR }, refusal = "exchange.accessLog.role")
	@Operation(summary = "Who read a subject's data, when and why (supervisors and administrators)")
	AccessRecord.Page accessLog(@Valid @RequestBody AccessLogQuery query) {
		AccessRecord.Page page = lookups.accessLogOf(query.subject(), query.page() == null ? 0 : Math.max(0, query.page()));
		audit.record(AuditEvent.of("exchange.accessLogRead").on("subject", query.subject())
			.detail("entries", page.total()));
		return page;
	}

	/** An access request. */
	record AccessRequestBody(@NotBlank String resource, @NotEmpty List<@NotBlank String> fields,
			@NotBlank @Size(max = 500) String purpose, @NotBlank @Size(max = 500) String legalBasis,
			@Size(max = 20) List<@NotBlank @Size(max = 60) String> serviceItems, @NotNull LocalDate validUntil,
			Boolean sync) {
	}

	/** A provider's decision: GRANT (with the fields and masked fields) or REFUSE (with a reason). */
	record DecisionBody(@NotBlank @Pattern(regexp = "GRANT|REFUSE") String decision, List<String> fields,
			List<String> masked, LocalDate validUntil, Boolean sync, @Size(max = 1000) String reason) {
	}

	/** A lookup: which resource, which subject, for what. */
	public record LookupRequest(@NotBlank String resource, @NotBlank @Size(max = 100) String subject,
			@NotBlank @Size(max = 500) String purpose) {
	}

	/** Whose access log, which page (the first when left out). */
	record AccessLogQuery(@NotBlank @Size(max = 100) String subject, Integer page) {
	}
}
