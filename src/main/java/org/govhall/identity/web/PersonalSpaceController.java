package org.govhall.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.govhall.exchange.AccessRecord;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.identity.internal.SignedInSessions;
import org.govhall.identity.internal.oidc.SystemConsents;
import org.govhall.identity.internal.people.ActingForCompanies;
import org.govhall.identity.internal.people.AgentAuthorisations;
import org.govhall.identity.internal.people.CompanyBindings;
import org.govhall.identity.internal.people.CompanyRoles;
import org.govhall.identity.internal.people.EndedRoles;
import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.identity.internal.people.WhoReadMyData;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal space (个人空间) of a signed-in citizen: profile and level, companies and acting for one, agents,
 * signed-in devices, who read my data and the department systems I consented to. Staff have the workbench.
 */
@Controller
@RequestMapping("/my")
class PersonalSpaceController {

	private final PersonAccounts people;

	private final CompanyRoles roles;

	private final CompanyBindings bindings;

	private final ActingForCompanies acting;

	private final AgentAuthorisations agents;

	private final EndedRoles endedRoles;

	private final SignedInSessions sessions;

	private final WhoReadMyData whoReadMyData;

	private final SystemConsents consents;

	private final PageFeedback feedback;

	private final AuditTrail audit;

	private final Clock clock;

	PersonalSpaceController(PersonAccounts people, CompanyRoles roles, CompanyBindings bindings,
			ActingForCompanies acting, AgentAuthorisations agents, EndedRoles endedRoles, SignedInSessions sessions,
			WhoReadMyData whoReadMyData, SystemConsents consents, PageFeedback feedback, AuditTrail audit,
			Clock clock) {
		this.people = people;
		this.roles = roles;
		this.bindings = bindings;
		this.acting = acting;
		this.agents = agents;
		this.endedRoles = endedRoles;
		this.sessions = sessions;
		this.whoReadMyData = whoReadMyData;
		this.consents = consents;
		this.feedback = feedback;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String space(@RequestParam(defaultValue = "0") int accessPage, HttpServletRequest request, Model model,
			Locale locale) {
		PersonPrincipal person = PersonPrincipal.signedIn();
		AccessRecord.Page accessLog = whoReadMyData.of(person.accountId(), accessPage);
		model.addAttribute("account", people.byId(person.accountId()).orElseThrow())
			.addAttribute("companies", roles.of(person.accountId()))
			.addAttribute("endedRoles", endedRoles.of(person.accountId()))
			.addAttribute("sessions", sessions.listing(person.getUsername(), request.getSession().getId()))
			.addAttribute("accessLog", accessLog)
			.addAttribute("accessNames", whoReadMyData.namesFor(accessLog, locale))
			.addAttribute("consents", consents.of(person.getUsername()));
		return "identity/my";
	}

	@PostMapping("/companies")
	String bind(@RequestParam String creditCode, RedirectAttributes redirect) {
		long personId = PersonPrincipal.signedIn().accountId();
		feedback.call(redirect, () -> bindings.bind(personId, creditCode))
			.ifPresent(role -> feedback.done(redirect, "identity.company.bound", role.companyName()));
		return "redirect:/my#companies";
	}

	@PostMapping("/acting")
	String act(@RequestParam(required = false) Long companyId, HttpSession session, RedirectAttributes redirect) {
		PersonPrincipal person = PersonPrincipal.signedIn();
		if (companyId == null) {
			session.removeAttribute(Representations.ACTING_COMPANY);
			audit.record(AuditEvent.of("person.stoppedActing").on("person", person.subject()));
			return "redirect:/my";
		}
		// the register is asked again: a binding it no longer backs ends here, and the person is told why
		return feedback.call(redirect, () -> acting.start(person.accountId(), companyId)).map(role -> {
			session.setAttribute(Representations.ACTING_COMPANY, companyId);
			audit.record(AuditEvent.of("person.actingFor").on("company", role.creditCode())
				.actingFor(role.creditCode()).detail("role", role.role()));
			return "redirect:/my";
		}).orElse("redirect:/my#companies");
	}

	@GetMapping("/companies/{companyId}")
	String company(@PathVariable long companyId, Model model) {
		long personId = PersonPrincipal.signedIn().accountId();
		CompanyRole role = roles.requireLegalRepresentative(personId, companyId);
		model.addAttribute("company", role).addAttribute("agents", agents.of(personId, companyId))
			.addAttribute("maxUntil", LocalDate.now(clock).plusYears(AgentAuthorisations.MAX_YEARS));
		return "identity/company";
	}

	@PostMapping("/companies/{companyId}/agents")
	String authorise(@PathVariable long companyId, @RequestParam String identityNumber, @RequestParam String name,
			@RequestParam(defaultValue = "false") boolean allServices,
			@RequestParam(defaultValue = "") String serviceCodes, @RequestParam(required = false) LocalDate validUntil,
			RedirectAttributes redirect) {
		long personId = PersonPrincipal.signedIn().accountId();
		List<String> codes = Arrays.stream(serviceCodes.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
		if (feedback.attempt(redirect, () -> agents.authorise(personId, companyId,
				new AgentAuthorisations.Authorisation(identityNumber, name, allServices, codes, validUntil)))) {
			feedback.done(redirect, "identity.agent.authorised");
		}
		return "redirect:/my/companies/" + companyId;
	}

	@PostMapping("/companies/{companyId}/agents/{authorisationId}/revoke")
	String revoke(@PathVariable long companyId, @PathVariable long authorisationId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		agents.revoke(PersonPrincipal.signedIn().accountId(), companyId, authorisationId, reason);
		feedback.done(redirect, "identity.agent.revoked");
		return "redirect:/my/companies/" + companyId;
	}

	@PostMapping("/sessions/{handle}/end")
	String endSession(@PathVariable String handle) {
		if (!sessions.end(PersonPrincipal.signedIn().getUsername(), handle)) {
			throw ProblemException.notFound("identity.session.unknown");
		}
		return "redirect:/my#sessions";
	}

	@PostMapping("/consents/{clientId}/withdraw")
	String withdraw(@PathVariable String clientId) {
		if (!consents.withdraw(PersonPrincipal.signedIn().getUsername(), clientId)) {
			throw ProblemException.notFound("identity.consent.unknown");
		}
		return "redirect:/my#consents";
	}
}
