package org.govhall.exchange.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govhall.exchange.Changes;
import org.govhall.exchange.DataLookups;
import org.govhall.exchange.Lookup;
import org.govhall.exchange.internal.DepartmentSystems;
import org.govhall.exchange.internal.PopulationGeneration;
import org.govhall.shared.organisation.DepartmentNames;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.ProblemException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * The gateway for department systems: the same governed lookups and change feed as for staff, authenticated by
 * signed client assertions or client-credentials tokens ({@link MachineClientSecurity}); and, for
 * administrators, the registration of those systems and the generation of synthetic population for load tests.
 */
@RestController
@Tag(name = "Data exchange gateway", description = "For department systems with signed client assertions")
class MachineGatewayController {

	private final DataLookups lookups;

	private final DepartmentSystems systems;

	private final PopulationGeneration generation;

	private final ObjectProvider<DepartmentNames> departments;

	MachineGatewayController(DataLookups lookups, DepartmentSystems systems, PopulationGeneration generation,
			ObjectProvider<DepartmentNames> departments) {
		this.lookups = lookups;
		this.systems = systems;
		this.generation = generation;
		this.departments = departments;
	}

	@PostMapping("/api/v1/exchange/machine/lookups")
	@StaffOnly
	@Operation(summary = "Look a subject up under the client's department's grant")
	Lookup lookup(@Valid @RequestBody DataSharingApiController.LookupRequest lookup, HttpServletRequest request) {
		return lookups.lookup(lookup.resource(), lookup.subject(), lookup.purpose(), request.getRemoteAddr());
	}

	@GetMapping("/api/v1/exchange/machine/resources/{code}/changes")
	@StaffOnly
	@Operation(summary = "Changes after a cursor, for syncing the client's local copy")
	Changes changes(@PathVariable String code, @RequestParam(defaultValue = "0") String after,
			@RequestParam(defaultValue = "100") int limit, @RequestParam String purpose, HttpServletRequest request) {
		return lookups.changes(code, after, limit, purpose, request.getRemoteAddr());
	}

	@PostMapping("/api/v1/exchange/clients")
	@StaffOnly(value = ADMINISTRATOR, refusal = "exchange.clients.role")
	@Operation(summary = "Register a department system's public key (administrators)")
	ResponseEntity<Void> register(@Valid @RequestBody Registration registration) {
		String admin = StaffMember.signedIn().getUsername();
		DepartmentNames directory = departments.getIfAvailable();
		if (directory != null && !directory.exists(registration.department())) {
			throw ProblemException.invalid("department", "exchange.clients.unknownDepartment",
					registration.department());
		}
		if (registration.publicKey() == null || registration.publicKey().isBlank()) {
			// the system authenticates with client-credentials tokens of the hall's OIDC provider
			systems.registerForAccessTokens(registration.clientId(), registration.department(),
					registration.requestsPerMinute(), registration.dailyQuota(), admin);
			return ResponseEntity.noContent().build();
		}
		try {
			systems.registerWithKey(registration.clientId(), registration.department(), registration.publicKey(),
					registration.requestsPerMinute(), registration.dailyQuota(), admin);
		}
		catch (IllegalArgumentException invalid) {
			throw ProblemException.invalid("publicKey", "exchange.clients.badKey", invalid.getMessage());
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/exchange/clients/{clientId}")
	@StaffOnly(value = ADMINISTRATOR, refusal = "exchange.clients.role")
	@Operation(summary = "Deactivate a department system: its next call is refused (administrators)")
	ResponseEntity<Void> deactivate(@PathVariable String clientId) {
		if (!systems.deactivate(clientId, StaffMember.signedIn().getUsername())) {
			throw ProblemException.notFound("exchange.clients.unknown", clientId);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/exchange/admin/population-generation")
	@StaffOnly(value = ADMINISTRATOR, refusal = "exchange.generation.role")
	@Operation(summary = "Add synthetic people in the background (administrators; up to 25 million)")
	ResponseEntity<PopulationGeneration.Job> generate(@Valid @RequestBody GenerationRequest body) {
		PopulationGeneration.Job job = generation.start(body.count(), StaffMember.signedIn().getUsername());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/exchange/admin/population-generation/" + job.id())).body(job);
	}

	@GetMapping("/api/v1/exchange/admin/population-generation/{id}")
	@StaffOnly(value = ADMINISTRATOR, refusal = "exchange.generation.role")
	@Operation(summary = "How far a generation has come")
	PopulationGeneration.Job generation(@PathVariable UUID id) {
		return generation.job(id).orElseThrow(() -> ProblemException.notFound("exchange.generation.unknown", id));
	}

	/** How many synthetic people to add. */
	record GenerationRequest(long count) {
	}

	/**
	 * A client registration: its id, department, public JWK (none for a client that uses OIDC client-credentials
	 * tokens), calls allowed per minute and per day (none: no daily quota).
	 */
	record Registration(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String clientId,
			@NotBlank String department, @Size(max = 4000) String publicKey,
			@Min(1) int requestsPerMinute, @Min(1) Integer dailyQuota) {
	}
}
