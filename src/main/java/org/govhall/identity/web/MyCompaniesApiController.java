package org.govhall.identity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.identity.internal.people.ActingForCompanies;
import org.govhall.identity.internal.people.AgentAuthorisations;
import org.govhall.identity.internal.people.CompanyBindings;
import org.govhall.identity.internal.people.CompanyRoles;
import org.govhall.identity.internal.people.EndedRoles;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in citizen's companies over the API (法人与经办人): binding a company as its legal representative,
 * acting for one, and authorising and revoking its agents.
 */
@RestController
@RequestMapping("/api/v1/identity/me")
@Tag(name = "Identity")
class MyCompaniesApiController {

	private final CompanyRoles roles;

	private final CompanyBindings bindings;

	private final ActingForCompanies acting;

	private final AgentAuthorisations agents;

	private final EndedRoles endedRoles;

	private final AuditTrail audit;

	MyCompaniesApiController(CompanyRoles roles, CompanyBindings bindings, ActingForCompanies acting,
			AgentAuthorisations agents, EndedRoles endedRoles, AuditTrail audit) {
		this.roles = roles;
		this.bindings = bindings;
		this.acting = acting;
		this.agents = agents;
		this.endedRoles = endedRoles;
		this.audit = audit;
	}

	/** A company to bind. */
	record Binding(String creditCode) {
	}

	/** The company to act for. */
	record Acting(Long companyId) {
	}

	/** An agent authorisation. */
	record AgentRequest(String identityNumber, String name, boolean allServices, List<String> serviceCodes,
			LocalDate validUntil) {
	}

	@GetMapping("/companies")
	@Operation(summary = "The companies I act for, as legal representative or agent")
	List<CompanyRole> myCompanies() {
		return roles.of(PersonPrincipal.signedIn().accountId());
	}

	@PostMapping("/companies")
	@Operation(summary = "Bind a company whose legal representative the person is")
	CompanyRole bind(@RequestBody Binding body) {
		return bindings.bind(PersonPrincipal.signedIn().accountId(), body.creditCode());
	}

	@GetMapping("/companies/ended")
	@Operation(summary = "Bindings and agent authorisations that ended because the legal-person register no longer backs them")
	List<EndedRoles.EndedRole> endedCompanies() {
		return endedRoles.of(PersonPrincipal.signedIn().accountId());
	}

	@PutMapping("/acting")
	@Operation(summary = "Start acting for a company (checked against the legal-person register first)")
	CompanyRole act(@RequestBody Acting body, HttpSession session) {
		PersonPrincipal person = PersonPrincipal.signedIn();
		if (body.companyId() == null) {
			throw ProblemException.forbidden("identity.company.notYours");
		}
		CompanyRole role = acting.start(person.accountId(), body.companyId());
		session.setAttribute(Representations.ACTING_COMPANY, body.companyId());
		audit.record(AuditEvent.of("person.actingFor").on("company", role.creditCode()).actingFor(role.creditCode())
			.detail("role", role.role()));
		return role;
	}

	@DeleteMapping("/acting")
	@Operation(summary = "Stop acting for a company")
	ResponseEntity<Void> stopActing(HttpSession session) {
		PersonPrincipal person = PersonPrincipal.signedIn();
		session.removeAttribute(Representations.ACTING_COMPANY);
		audit.record(AuditEvent.of("person.stoppedActing").on("person", person.subject()));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/companies/{companyId}/agents")
	@Operation(summary = "The company's agents (legal representative)")
	List<AgentAuthorisations.Agent> agents(@PathVariable long companyId) {
		return agents.of(PersonPrincipal.signedIn().accountId(), companyId);
	}

	@PostMapping("/companies/{companyId}/agents")
	@Operation(summary = "Authorise an agent for all or some services until a date (legal representative)")
	ResponseEntity<Map<String, Long>> authorise(@PathVariable long companyId, @RequestBody AgentRequest request) {
		long id = agents.authorise(PersonPrincipal.signedIn().accountId(), companyId,
				new AgentAuthorisations.Authorisation(request.identityNumber(), request.name(), request.allServices(),
						request.serviceCodes(), request.validUntil()));
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	@DeleteMapping("/companies/{companyId}/agents/{authorisationId}")
	@Operation(summary = "Revoke an agent's authorisation at once (legal representative)")
	ResponseEntity<Void> revoke(@PathVariable long companyId, @PathVariable long authorisationId,
			@RequestParam(required = false) String reason) {
		agents.revoke(PersonPrincipal.signedIn().accountId(), companyId, authorisationId, reason);
		return ResponseEntity.noContent().build();
	}
}
