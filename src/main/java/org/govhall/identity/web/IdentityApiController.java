package org.govhall.identity.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.StaffRole;
import org.govhall.identity.internal.SignedInSessions;
import org.govhall.identity.internal.oidc.OidcClients;
import org.govhall.identity.internal.oidc.SigningKeys;
import org.govhall.identity.internal.people.CitizenRegistration;
import org.govhall.identity.internal.people.Companies;
import org.govhall.identity.internal.people.EndedRoles;
import org.govhall.identity.internal.people.PersonAccount;
import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.identity.internal.people.PersonalData;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Unified identity's API: registration, the signed-in person's own data and companies, and administration. */
@RestController
@RequestMapping("/api/v1/identity")
@Tag(name = "Identity", description = "Citizens, companies, agents and the OIDC provider (统一身份认证)")
class IdentityApiController {

	private final CitizenRegistration registration;

	private final PersonAccounts people;

	private final Companies companies;

	private final PersonalData data;

	private final SignedInSessions sessions;

	private final OidcClients clients;

	private final SigningKeys keys;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	private final EndedRoles endedRoles;

	IdentityApiController(CitizenRegistration registration, PersonAccounts people, Companies companies,
			PersonalData data, SignedInSessions sessions, OidcClients clients, SigningKeys keys, AuditTrail audit,
			java.time.Clock clock, EndedRoles endedRoles) {
		this.clock = clock;
		this.endedRoles = endedRoles;
		this.registration = registration;
		this.people = people;
		this.companies = companies;
		this.data = data;
		this.sessions = sessions;
		this.clients = clients;
		this.keys = keys;
		this.audit = audit;
	}

	/**
	 * Step one of registration. {@code consent} must be {@code true}: the person agrees that their name and
	 * identity number are checked against the population register.
	 */
	record RegistrationRequest(@NotBlank String identityNumber, @NotBlank @Size(max = 50) String name,
			@NotBlank String mobile, @NotBlank String password, Boolean consent) {
	}

	@PostMapping("/registrations")
	@Operation(summary = "Start a citizen's registration (with consent to the real-name check): a code goes to the mobile")
	ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegistrationRequest request,
			HttpServletRequest http) {
		if (!Boolean.TRUE.equals(request.consent())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "register.consentMissing");
		}
		UUID id = registration.start(request.identityNumber(), request.name(), request.mobile(), request.password(),
				http.getRemoteAddr());
		return ResponseEntity.accepted().location(URI.create("/api/v1/identity/registrations/" + id))
			.body(Map.of("registration", id));
	}

	@PostMapping("/registrations/{id}/confirmation")
	@Operation(summary = "Confirm with the code: the real name is checked and the account created")
	Map<String, Object> confirm(@PathVariable UUID id, @RequestBody Map<String, String> body) {
		CitizenRegistration.Registered done = registration.confirm(id, body.get("code"));
		return Map.of("subject", done.account().subject(), "assurance", done.account().assurance());
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in person's profile (identity number masked)")
	Map<String, Object> me(@AuthenticationPrincipal PersonPrincipal person) {
		PersonAccount account = people.byId(person(person).accountId()).orElseThrow();
		return Map.of("subject", account.subject(), "name", account.name(), "identityNumber",
				account.maskedIdentityNumber(), "mobile", account.maskedMobile(), "assurance", account.assurance());
	}

	@GetMapping("/me/companies")
	List<CompanyRole> myCompanies(@AuthenticationPrincipal PersonPrincipal person) {
		return companies.rolesOf(person(person).accountId());
	}

	@PostMapping("/me/companies")
	@Operation(summary = "Bind a company whose legal representative the person is")
	CompanyRole bind(@AuthenticationPrincipal PersonPrincipal person, @RequestBody Map<String, String> body) {
		return companies.bind(person(person).accountId(), body.get("creditCode"));
	}

	@GetMapping("/me/companies/ended")
	@Operation(summary = "Bindings and agent authorisations that ended because the legal-person register no longer backs them")
	List<EndedRoles.EndedRole> endedCompanies(@AuthenticationPrincipal PersonPrincipal person) {
		return endedRoles.of(person(person).accountId());
	}

	/** The company to act for. */
	record Acting(Long companyId) {
	}

	@PutMapping("/me/acting")
	@Operation(summary = "Start acting for a company (checked against the legal-person register first)")
	CompanyRole act(@AuthenticationPrincipal PersonPrincipal person, @RequestBody Acting acting, HttpSession session) {
		if (acting.companyId() == null) {
			throw ProblemException.forbidden("identity.company.notYours");
		}
		CompanyRole role = companies.startActing(person(person).accountId(), acting.companyId());
		session.setAttribute(Representations.ACTING_COMPANY, acting.companyId());
		audit.record(AuditEvent.of("person.actingFor").on("company", role.creditCode()).actingFor(role.creditCode())
			.detail("role", role.role()));
		return role;
	}

	@DeleteMapping("/me/acting")
	ResponseEntity<Void> stopActing(@AuthenticationPrincipal PersonPrincipal person, HttpSession session) {
		session.removeAttribute(Representations.ACTING_COMPANY);
		audit.record(AuditEvent.of("person.stoppedActing").on("person", person(person).subject()));
		return ResponseEntity.noContent().build();
	}

	/** An agent authorisation. */
	record AgentRequest(String identityNumber, String name, boolean allServices, List<String> serviceCodes,
			LocalDate validUntil) {
	}

	@GetMapping("/me/companies/{companyId}/agents")
	List<Companies.Agent> agents(@AuthenticationPrincipal PersonPrincipal person, @PathVariable long companyId) {
		return companies.agentsOf(person(person).accountId(), companyId);
	}

	@PostMapping("/me/companies/{companyId}/agents")
	@Operation(summary = "Authorise an agent for all or some services until a date (legal representative)")
	ResponseEntity<Map<String, Long>> authorise(@AuthenticationPrincipal PersonPrincipal person,
			@PathVariable long companyId, @RequestBody AgentRequest request) {
		long id = companies.authorise(person(person).accountId(), companyId, request.identityNumber(), request.name(),
				request.allServices(), request.serviceCodes(), request.validUntil());
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	@DeleteMapping("/me/companies/{companyId}/agents/{authorisationId}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal PersonPrincipal person, @PathVariable long companyId,
			@PathVariable long authorisationId, @RequestParam(required = false) String reason) {
		companies.revoke(person(person).accountId(), companyId, authorisationId, reason);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me/data-access")
	@Operation(summary = "Who read my data through the exchange, and why")
	org.govhall.exchange.AccessRecord.Page dataAccess(@AuthenticationPrincipal PersonPrincipal person, @RequestParam(defaultValue = "0") int page) {
		return data.whoReadMyData(person(person).accountId(), page);
	}

	@GetMapping("/me/sessions")
	List<SignedInSessions.OpenSession> mySessions(Authentication authentication, HttpServletRequest request) {
		return sessions.of(authentication.getName(), request.getSession().getId()).stream()
			.map(s -> new SignedInSessions.OpenSession(s.handle(), s.started(), s.lastUsed(), s.userAgent(),
					s.address(), s.current()))
			.toList();
	}

	@DeleteMapping("/me/sessions/{handle}")
	ResponseEntity<Void> endSession(Authentication authentication, @PathVariable String handle) {
		if (!sessions.end(authentication.getName(), handle)) {
			throw ProblemException.notFound("identity.session.unknown");
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/people/in-person-checks")
	@Operation(summary = "A window clerk records that a person was checked in person (level IN_PERSON)")
	Map<String, Object> inPerson(@AuthenticationPrincipal StaffPrincipal staff, @RequestBody Map<String, String> body) {
		if (staff == null || !(staff.hasRole(StaffRole.WINDOW_CLERK) || staff.hasRole(StaffRole.ADMINISTRATOR))) {
			throw ProblemException.forbidden("identity.inPerson.role");
		}
		PersonAccount account = people.byIdentityNumber(String.valueOf(body.get("identityNumber")))
			.orElseThrow(() -> ProblemException.notFound("identity.person.unknown"));
		people.raiseAssurance(account.id(), AssuranceLevel.IN_PERSON, clock.instant(), staff.getUsername());
		audit.record(AuditEvent.of("person.inPersonChecked").on("person", account.subject())
			.detail("department", staff.departmentCode()));
		return Map.of("subject", account.subject(), "assurance", AssuranceLevel.IN_PERSON);
	}

	@PostMapping("/clients")
	@Operation(summary = "Register a department system with the OIDC provider (administrators); the secret is shown once")
	ResponseEntity<Map<String, String>> registerClient(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestBody OidcClients.NewClient client) {
		administrator(staff);
		String secret = clients.register(client);
		return ResponseEntity.status(201).body(Map.of("clientId", client.clientId(), "clientSecret", secret));
	}

	@GetMapping("/clients")
	List<OidcClients.ClientSummary> listClients(@AuthenticationPrincipal StaffPrincipal staff) {
		administrator(staff);
		return clients.list();
	}

	@PostMapping("/signing-keys/rotation")
	@Operation(summary = "Rotate the token signing key (administrators); tokens signed before keep verifying")
	Map<String, String> rotate(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestBody(required = false) Map<String, String> body) {
		administrator(staff);
		return Map.of("activeKeyId", keys.rotate(body == null ? "scheduled rotation" : body.getOrDefault("reason",
				"scheduled rotation")));
	}

	private static PersonPrincipal person(PersonPrincipal person) {
		if (person == null) {
			throw ProblemException.forbidden("identity.my.citizensOnly");
		}
		return person;
	}

	private static void administrator(StaffPrincipal staff) {
		if (staff == null || !staff.hasRole(StaffRole.ADMINISTRATOR)) {
			throw ProblemException.forbidden("identity.clients.role");
		}
	}
}
