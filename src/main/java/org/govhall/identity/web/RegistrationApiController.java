package org.govhall.identity.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govhall.identity.internal.people.CitizenRegistration;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A citizen registers (市民注册): identity number, name, mobile and password, then the texted code. */
@RestController
@RequestMapping("/api/v1/identity/registrations")
@Tag(name = "Identity", description = "Citizens, companies, agents and the OIDC provider (统一身份认证)")
class RegistrationApiController {

	private final CitizenRegistration registration;

	RegistrationApiController(CitizenRegistration registration) {
		this.registration = registration;
	}

	/**
	 * Step one of registration. {@code consent} must be {@code true}: the person agrees that their name and
	 * identity number are checked against the population register.
	 */
	record RegistrationRequest(@NotBlank String identityNumber, @NotBlank @Size(max = 50) String name,
			@NotBlank String mobile, @NotBlank String password, Boolean consent) {
	}

	/** Step two: the code texted to the mobile. */
	record Confirmation(@NotBlank @Size(max = 10) String code) {
	}

	@PostMapping
	@Operation(summary = "Start a citizen's registration (with consent to the real-name check): a code goes to the mobile")
	ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegistrationRequest request,
			HttpServletRequest http) {
		if (!Boolean.TRUE.equals(request.consent())) {
			throw ProblemException.invalid("consent", "register.consentMissing");
		}
		UUID id = registration.start(request.identityNumber(), request.name(), request.mobile(), request.password(),
				http.getRemoteAddr());
		return ResponseEntity.accepted().location(URI.create("/api/v1/identity/registrations/" + id))
			.body(Map.of("registration", id));
	}

	@PostMapping("/{id}/confirmation")
	@Operation(summary = "Confirm with the code: the real name is checked and the account created")
	Map<String, Object> confirm(@PathVariable UUID id, @Valid @RequestBody Confirmation body) {
		CitizenRegistration.Registered done = registration.confirm(id, body.code());
		return Map.of("subject", done.account().subject(), "assurance", done.account().assurance());
	}
}
