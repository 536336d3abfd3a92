package org.govhall.exchange.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.DataSharing;
import org.govhall.exchange.ResourceCatalogue;
import org.govhall.exchange.ResourcePublishing;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data-sharing API for staff: the resource catalogue, access requests and decisions, governed lookups and
 * the access log. Subjects travel in request bodies, never in addresses.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Data exchange", description = "Resource catalogue, grants, governed lookups, access log (staff)")
class DataSharingApiController {

	private final DataSharing sharing;

	private final AuditTrail audit;

	private final ResourcePublishing publishing;

	private final org.govhall.exchange.BaseRegisters registers;

	private final ResourceCatalogue catalogue;

	DataSharingApiController(DataSharing sharing, AuditTrail audit, ResourcePublishing publishing,
			org.govhall.exchange.BaseRegisters registers, ResourceCatalogue catalogue) {
		this.sharing = sharing;
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
		signedIn();
		return catalogue.search(new ResourceCatalogue.Query(q, provider, sharing, subjectKey));
	}

	@GetMapping("/resources/{code}")
	@Operation(summary = "One resource with its fields and sharing terms")
	DataResource resource(@PathVariable String code) {
		signedIn();
		return sharing.resource(code);
	}

	@GetMapping(path = "/resources/{code}/dcat", produces = DcatDocuments.MEDIA_TYPE)
	@Operation(summary = "The resource as DCAT (JSON-LD) metadata, for catalogue harvesters")
	java.util.Map<String, Object> dcat(@PathVariable String code) {
		signedIn();
		return DcatDocuments.dataset(sharing.resource(code));
	}

	@GetMapping(path = "/catalog.jsonld", produces = { DcatDocuments.MEDIA_TYPE, "application/json" })
	@Operation(summary = "The whole resource catalogue as a DCAT catalog (JSON-LD): datasets with their field schemas,"
			+ " EU update frequencies and IANA media types")
	java.util.Map<String, Object> catalog() {
		signedIn();
		return DcatDocuments.catalog(sharing.resources());
	}

	@PostMapping("/resources")
	@Operation(summary = "Publish a data resource of your department over a base register")
	ResponseEntity<DataResource> publish(@Valid @RequestBody DataResource resource) {
		return ResponseEntity.status(HttpStatus.CREATED).body(publishing.publish(resource));
	}

	@PostMapping("/grants/{id}/revocation")
	@Operation(summary = "The provider withdraws a grant, with a reason")
	AccessGrant revoke(@PathVariable long id, @Valid @RequestBody Reason reason) {
		return sharing.revoke(id, reason.reason());
	}

	/** A reason. */
	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	@GetMapping("/addresses")
	@Operation(summary = "Standard addresses containing the text (spatial register), with coordinates and grid cell")
	List<org.govhall.exchange.StandardAddress> addresses(@RequestParam @Size(min = 2, max = 100) String q,
			@RequestParam(required = false) String division, @RequestParam(defaultValue = "20") int limit) {
		signedIn();
		return registers.addresses(q, division, limit);
	}

	@GetMapping("/addresses/nearest")
	@Operation(summary = "The standard addresses nearest to a point (WGS 84), with their code and grid cell")
	List<org.govhall.exchange.StandardAddress> nearest(@RequestParam @DecimalMin("-90") @DecimalMax("90") BigDecimal lat,
			@RequestParam @DecimalMin("-180") @DecimalMax("180") BigDecimal lon,
			@RequestParam(defaultValue = "5") int limit) {
		signedIn();
		return registers.nearest(lat, lon, limit);
	}

	@PostMapping("/grants")
	@Operation(summary = "Ask for access to a resource for the signed-in staff member's department")
	ResponseEntity<AccessGrant> request(@Valid @RequestBody AccessRequestBody request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(sharing.request(new org.govhall.exchange.AccessRequest(
				request.resource(), request.fields(), request.purpose(), request.legalBasis(),
				request.serviceItems(), request.validUntil(), Boolean.TRUE.equals(request.sync()))));
	}

	@GetMapping("/grants")
	@Operation(summary = "The grants a department asked for (as=consumer) or must decide on (as=provider)")
	List<AccessGrant> grants(@RequestParam String department,
			@RequestParam(defaultValue = "consumer") @Pattern(regexp = "consumer|provider") String as) {
		return sharing.grantsOf(department, "provider".equals(as));
	}

	@PostMapping("/grants/{id}/decision")
	@Operation(summary = "The provider grants (possibly fewer fields, some masked) or refuses a request")
	AccessGrant decide(@PathVariable long id, @Valid @RequestBody DecisionBody decision) {
		return "REFUSE".equals(decision.decision()) ? sharing.refuse(id, decision.reason())
				: sharing.grant(id, new org.govhall.exchange.GrantDecision(decision.fields(), decision.masked(), decision.validUntil(),
						decision.sync(), decision.reason()));
	}

	@PostMapping("/lookups")
	@Operation(summary = "Look a subject up under the department's grant, stating the purpose")
	DataSharing.Lookup lookup(@Valid @RequestBody LookupRequest lookup) {
		return sharing.lookup(lookup.resource(), lookup.subject(), lookup.purpose());
	}

	@GetMapping("/resources/{code}/changes")
	@Operation(summary = "Changes after a cursor, in order, for syncing a local copy (grants with replication only)")
	DataSharing.Changes changes(@PathVariable String code, @RequestParam(defaultValue = "0") String after,
			@RequestParam(defaultValue = "100") int limit, @RequestParam String purpose) {
		return sharing.changes(code, after, limit, purpose);
	}

	@PostMapping("/access-log")
	@Operation(summary = "Who read a subject's data, when and why (supervisors and administrators)")
	org.govhall.exchange.AccessRecord.Page accessLog(@Valid @RequestBody AccessLogQuery query) {
		StaffMember staff = signedIn();
		if (!staff.hasRoleNamed("SUPERVISOR") && !staff.hasRoleNamed("ADMINISTRATOR")) {
			throw ProblemException.forbidden("exchange.accessLog.role");
		}
		org.govhall.exchange.AccessRecord.Page page = sharing.accessLogOf(query.subject(), Math.max(0, query.page()));
		audit.record(org.govhall.shared.audit.AuditEvent.of("exchange.accessLogRead").on("subject", query.subject())
			.detail("entries", page.total()));
		return page;
	}

	private static StaffMember signedIn() {
		return StaffMember.current().orElseThrow(
				() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
						"staff only"));
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
	public record LookupRequest(@NotBlank String resource, @NotBlank @Size(max = 30) String subject,
			@NotBlank @Size(max = 500) String purpose) {
	}

	/** Whose access log, which page. */
	record AccessLogQuery(@NotBlank @Size(max = 30) String subject, int page) {
	}
}
