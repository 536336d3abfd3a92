package org.govhall.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govhall.exchange.DataSharing;
import org.govhall.exchange.internal.MachineClients;
import org.govhall.exchange.internal.PopulationGeneration;
import org.govhall.shared.organisation.DepartmentNames;
import org.govhall.shared.security.StaffMember;
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

/**
 * The gateway for department systems: the same governed lookups and change feed as for staff, authenticated by
 * signed client assertions; and the registration of those systems' public keys by administrators.
 */
@RestController
@Tag(name = "Data exchange gateway", description = "For department systems with signed client assertions")
class MachineGatewayController {

	private final DataSharing sharing;

	private final MachineClients clients;

	private final PopulationGeneration generation;

	private final ObjectProvider<DepartmentNames> departments;

	MachineGatewayController(DataSharing sharing, MachineClients clients, PopulationGeneration generation,
			ObjectProvider<DepartmentNames> departments) {
		this.sharing = sharing;
		this.departments = departments;
		this.clients = clients;
		this.generation = generation;
	}

	@PostMapping("/api/v1/exchange/machine/lookups")
	@Operation(summary = "Look a subject up under the client's department's grant")
	DataSharing.Lookup lookup(@Valid @RequestBody DataSharingApiController.LookupRequest lookup) {
		return sharing.lookup(lookup.resource(), lookup.subject(), lookup.purpose());
	}

	@GetMapping("/api/v1/exchange/machine/resources/{code}/changes")
	@Operation(summary = "Changes after a cursor, for syncing the client's local copy")
	DataSharing.Changes changes(@PathVariable String code, @RequestParam(defaultValue = "0") String after,
			@RequestParam(defaultValue = "100") int limit, @RequestParam String purpose) {
		return sharing.changes(code, after, limit, purpose);
	}

	@PostMapping("/api/v1/exchange/clients")
	@Operation(summary = "Register a department system's public key (administrators)")
	ResponseEntity<Void> register(@Valid @RequestBody Registration registration) {
		StaffMember admin = administrator("exchange.clients.role");
		DepartmentNames directory = departments.getIfAvailable();
		if (directory != null && !directory.exists(registration.department())) {
			throw new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "bad-request",
					"exchange.clients.unknownDepartment", registration.department());
		}
		try {
			if (registration.publicKey() == null || registration.publicKey().isBlank()) {
				// the client authenticates with client-credentials tokens of the hall's OIDC provider
				clients.registerForAccessTokens(registration.clientId(), registration.department(),
						registration.requestsPerMinute(), registration.dailyQuota(), admin.getUsername());
			}
			else {
				clients.register(registration.clientId(), registration.department(), registration.publicKey(),
						registration.requestsPerMinute(), registration.dailyQuota(), admin.getUsername());
			}
		}
		catch (IllegalArgumentException invalid) {
			throw new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "bad-request",
					"exchange.clients.badKey", invalid.getMessage());
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/exchange/clients/{clientId}")
	@Operation(summary = "Deactivate a department system: its next call is refused (administrators)")
	ResponseEntity<Void> deactivate(@PathVariable String clientId) {
		StaffMember admin = administrator("exchange.clients.role");
		if (!clients.deactivate(clientId, admin.getUsername())) {
			throw ProblemException.notFound("exchange.clients.unknown", clientId);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/exchange/admin/population-generation")
	@Operation(summary = "Add synthetic people in the background (administrators; up to 25 million)")
	ResponseEntity<PopulationGeneration.Job> generate(@RequestBody java.util.Map<String, Long> body) {
		StaffMember admin = administrator("exchange.generation.role");
		PopulationGeneration.Job job = generation.start(body.getOrDefault("count", 0L), admin.getUsername());
		return ResponseEntity.accepted()
			.location(java.net.URI.create("/api/v1/exchange/admin/population-generation/" + job.id())).body(job);
	}

	@GetMapping("/api/v1/exchange/admin/population-generation/{id}")
	@Operation(summary = "How far a generation has come")
	PopulationGeneration.Job generation(@PathVariable java.util.UUID id) {
		administrator("exchange.generation.role");
		return generation.job(id).orElseThrow(() -> ProblemException.notFound("exchange.generation.unknown", id));
	}

	private static StaffMember administrator(String refusalKey) {
		return StaffMember.current().filter(s -> s.hasRoleNamed("ADMINISTRATOR"))
			.orElseThrow(() -> ProblemException.forbidden(refusalKey));
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
