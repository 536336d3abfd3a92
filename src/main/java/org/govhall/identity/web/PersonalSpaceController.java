package org.govhall.identity.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.identity.internal.SignedInSessions;
import org.govhall.identity.internal.people.Companies;
import org.govhall.identity.internal.people.EndedRoles;
import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.identity.internal.people.PersonalData;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's personal space (个人空间): profile and level of assurance, the companies they act for and which
 * one they act as now, their open sessions, who read their data and why, and their consents. Only the signed-in
 * person's own objects are ever loaded: every query starts from their account.
 */
@Controller
@RequestMapping("/my")
class PersonalSpaceController {

	private final PersonAccounts people;

	private final Companies companies;

	private final SignedInSessions sessions;

	private final PersonalData data;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final EndedRoles endedRoles;

	PersonalSpaceController(PersonAccounts people, Companies companies, SignedInSessions sessions, PersonalData data,
			MessageSource messages, AuditTrail audit, EndedRoles endedRoles) {
		this.people = people;
		this.companies = companies;
		this.endedRoles = endedRoles;
		this.sessions = sessions;
		this.data = data;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping
	String space(@AuthenticationPrincipal PersonPrincipal person, @RequestParam(defaultValue = "0") int accessPage,
			HttpServletRequest request, Model model, Locale locale) {
		org.govhall.exchange.AccessRecord.Page accessLog = data.whoReadMyData(person(person).accountId(), accessPage);
		model.addAttribute("account", people.byId(person.accountId()).orElseThrow())
			.addAttribute("companies", companies.rolesOf(person.accountId()))
			.addAttribute("endedRoles", endedRoles.of(person.accountId()))
			.addAttribute("sessions", sessions.listing(person.getUsername(), request.getSession().getId()))
			.addAttribute("accessLog", accessLog)
			.addAttribute("accessNames", data.namesFor(accessLog, locale))
			.addAttribute("consents", data.consents(person.getUsername()));
		return "identity/my";
	}

	@PostMapping("/companies")
	String bind(@AuthenticationPrincipal PersonPrincipal person, @RequestParam String creditCode,
			RedirectAttributes redirect, Locale locale) {
		try {
			CompanyRole role = companies.bind(person(person).accountId(), creditCode);
			redirect.addFlashAttribute("notice", messages.getMessage("identity.company.bound",
					new Object[] { role.companyName() }, locale));
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("error", problem.text(messages, locale));
		}
		return "redirect:/my#companies";
	}

	@PostMapping("/acting")
	String act(@AuthenticationPrincipal PersonPrincipal person, @RequestParam(required = false) Long companyId,
			HttpSession session, RedirectAttributes redirect, Locale locale) {
		if (companyId == null) {
			session.removeAttribute(Representations.ACTING_COMPANY);
			audit.record(AuditEvent.of("person.stoppedActing").on("person", person(person).subject()));
			return "redirect:/my";
		}
		CompanyRole role;
		try {
			// the register is asked again: a binding it no longer backs ends here, and the person is told why
			role = companies.startActing(person(person).accountId(), companyId);
		}
		catch (ProblemException problem) {
			if (problem.status() == HttpStatus.FORBIDDEN) {
				throw problem;
			}
			redirect.addFlashAttribute("error", problem.text(messages, locale));
			return "redirect:/my#companies";
		}
		session.setAttribute(Representations.ACTING_COMPANY, companyId);
		audit.record(AuditEvent.of("person.actingFor").on("company", role.creditCode()).actingFor(role.creditCode())
			.detail("role", role.role()));
		return "redirect:/my";
	}

	@GetMapping("/companies/{companyId}")
	String company(@AuthenticationPrincipal PersonPrincipal person, @PathVariable long companyId, Model model) {
		CompanyRole role = companies.roleIn(person(person).accountId(), companyId).filter(CompanyRole::legalRepresentative)
			.orElseThrow(() -> ProblemException.forbidden("identity.company.notRepresentative"));
		model.addAttribute("company", role).addAttribute("agents", companies.agentsOf(person.accountId(), companyId))
			.addAttribute("maxUntil", LocalDate.now().plusYears(Companies.MAX_AGENT_YEARS));
		return "identity/company";
	}

	@PostMapping("/companies/{companyId}/agents")
	String authorise(@AuthenticationPrincipal PersonPrincipal person, @PathVariable long companyId,
			@RequestParam String identityNumber, @RequestParam String name,
			@RequestParam(defaultValue = "false") boolean allServices,
			@RequestParam(defaultValue = "") String serviceCodes, @RequestParam(required = false) LocalDate validUntil,
			RedirectAttributes redirect, Locale locale) {
		try {
			List<String> codes = Arrays.stream(serviceCodes.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
			companies.authorise(person(person).accountId(), companyId, identityNumber, name, allServices, codes,
					validUntil);
			redirect.addFlashAttribute("notice", messages.getMessage("identity.agent.authorised", null, locale));
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("error", problem.text(messages, locale));
		}
		return "redirect:/my/companies/" + companyId;
	}

	@PostMapping("/companies/{companyId}/agents/{authorisationId}/revoke")
	String revoke(@AuthenticationPrincipal PersonPrincipal person, @PathVariable long companyId,
			@PathVariable long authorisationId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		companies.revoke(person(person).accountId(), companyId, authorisationId, reason);
		redirect.addFlashAttribute("notice", messages.getMessage("identity.agent.revoked", null, locale));
		return "redirect:/my/companies/" + companyId;
	}

	@PostMapping("/sessions/{handle}/end")
	String endSession(@AuthenticationPrincipal PersonPrincipal person, @PathVariable String handle) {
		if (!sessions.end(person(person).getUsername(), handle)) {
			throw ProblemException.notFound("identity.session.unknown");
		}
		return "redirect:/my#sessions";
	}

	@PostMapping("/consents/{clientId}/withdraw")
	String withdraw(@AuthenticationPrincipal PersonPrincipal person, @PathVariable String clientId) {
		if (!data.withdraw(person(person).getUsername(), clientId)) {
			throw ProblemException.notFound("identity.consent.unknown");
		}
		return "redirect:/my#consents";
	}

	/** The personal space is for citizens; staff have the workbench. */
	private static PersonPrincipal person(PersonPrincipal person) {
		if (person == null) {
			throw ProblemException.forbidden("identity.my.citizensOnly");
		}
		return person;
	}
}
