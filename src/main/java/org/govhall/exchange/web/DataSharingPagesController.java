package org.govhall.exchange.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.AccessRequest;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.DataSharing;
import org.govhall.exchange.GrantDecision;
import org.govhall.exchange.ResourceCatalogue;
import org.govhall.exchange.ResourceTerms;
import org.govhall.exchange.SharingRoles;
import org.govhall.exchange.internal.PopulationGeneration;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data sharing on the staff workbench: the resource catalogue with its search and a page per resource, a
 * department's requests, and the requests it must decide on as a provider. Staff only: anyone else signed in
 * gets the 403 error page; asking and deciding need a role that may ask.
 */
@Controller
class DataSharingPagesController {

	private final DataSharing sharing;

	private final MessageSource messages;

	private final Clock clock;

	private final PopulationGeneration generation;

	private final ResourceCatalogue catalogue;

	DataSharingPagesController(DataSharing sharing, MessageSource messages, Clock clock,
			PopulationGeneration generation, ResourceCatalogue catalogue) {
		this.sharing = sharing;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
		this.generation = generation;
	}

	@Bean
	static NavigationEntry dataSharingNavigation() {
		return new NavigationEntry("nav.exchange", "nav.exchange.description", "/workbench/exchange",
				Set.of("ROLE_DATA_STEWARD", "ROLE_DEPARTMENT_HEAD", "ROLE_ADMINISTRATOR", "ROLE_SUPERVISOR"), 200);
	}

	@GetMapping("/workbench/exchange")
	String overview(@RequestParam(required = false) String q, @RequestParam(required = false) String provider,
			@RequestParam(required = false) String sharing, @RequestParam(required = false) String subjectKey,
			Model model, Locale locale) {
		StaffMember staff = staff();
		List<AccessGrant> waiting = this.sharing.grantsOf(staff.departmentCode(), true).stream()
			.filter(g -> "REQUESTED".equals(g.status())).toList();
		List<DataResource> all = this.sharing.resources();
		ResourceCatalogue.Query query = new ResourceCatalogue.Query(q, provider, sharing, subjectKey);
		try {
			model.addAttribute("resources", catalogue.search(query));
		}
		catch (ProblemException invalid) {
			model.addAttribute("resources", all);
			model.addAttribute("searchProblem", text(invalid, locale));
		}
		model.addAttribute("query", query);
		model.addAttribute("providers", catalogue.providers());
		model.addAttribute("sharingTypes", ResourceTerms.SHARING_TYPES);
		model.addAttribute("subjectKeys", ResourceTerms.SUBJECT_KEY_VALUES);
		model.addAttribute("labels", all.stream().flatMap(r -> r.fields().stream()
			.map(f -> java.util.Map.entry(r.code() + "." + f.name(), f.label())))
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
		model.addAttribute("sensitive", all.stream().flatMap(r -> r.fields().stream()
			.filter(DataResource.Field::sensitive).map(f -> r.code() + "." + f.name()))
			.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("serviceItemNames", waiting.stream()
			.collect(java.util.stream.Collectors.toMap(AccessGrant::id, this.sharing::serviceItemNames)));
		model.addAttribute("mine", this.sharing.grantsOf(staff.departmentCode(), false));
		model.addAttribute("waiting", waiting);
		model.addAttribute("department", staff.departmentCode());
		model.addAttribute("mayRequest", SharingRoles.mayRequest(staff));
		model.addAttribute("administrator", staff.hasRoleNamed("ADMINISTRATOR"));
		return "exchange/workbench";
	}

	@GetMapping("/workbench/exchange/resources/{code}")
	String resource(@PathVariable String code, Model model) {
		StaffMember staff = staff();
		DataResource resource = sharing.resource(code);
		model.addAttribute("resource", resource);
		model.addAttribute("mayAsk", SharingRoles.mayRequest(staff) && !"NOT_SHARED".equals(resource.sharingType())
				&& !resource.providerDepartment().equals(staff.departmentCode()));
		return "exchange/resource";
	}

	@GetMapping("/workbench/exchange/resources/{code}/request")
	String requestForm(@PathVariable String code, Model model) {
		applicant();
		model.addAttribute("resource", sharing.resource(code));
		model.addAttribute("validUntil", LocalDate.now(clock).plusYears(1));
		model.addAttribute("current", current(code));
		return "exchange/request";
	}

	/** The grant in force that a new one would supersede, so the form can say so. */
	private AccessGrant current(String resource) {
		return StaffMember.current().map(staff -> sharing.grantsOf(staff.departmentCode(), false).stream()
			.filter(g -> g.resourceCode().equals(resource) && g.activeOn(LocalDate.now(clock))).findFirst()
			.orElse(null)).orElse(null);
	}

	@PostMapping("/workbench/exchange/resources/{code}/request")
	String request(@PathVariable String code, @RequestParam(required = false) List<String> fields,
			@RequestParam String purpose, @RequestParam String legalBasis,
			@RequestParam(required = false) String serviceItems,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			@RequestParam(defaultValue = "false") boolean sync, Model model, Locale locale,
			RedirectAttributes redirect) {
		applicant();
		try {
			AccessGrant grant = sharing.request(new AccessRequest(code, fields, purpose, legalBasis,
					codes(serviceItems), validUntil, sync));
			redirect.addFlashAttribute("done", "GRANTED".equals(grant.status()) ? "exchange.page.granted"
					: "exchange.page.requested");
			return "redirect:/workbench/exchange";
		}
		catch (ProblemException problem) {
			DataResource resource = sharing.resource(code);
			model.addAttribute("resource", resource);
			model.addAttribute("validUntil", validUntil == null ? LocalDate.now(clock).plusYears(1) : validUntil);
			model.addAttribute("chosen", fields == null ? List.of() : fields);
			model.addAttribute("purpose", purpose);
			model.addAttribute("legalBasis", legalBasis);
			model.addAttribute("serviceItems", serviceItems);
			model.addAttribute("sync", sync);
			model.addAttribute("current", current(code));
			model.addAttribute("problem", text(problem, locale));
			return "exchange/request";
		}
	}

	@PostMapping("/workbench/exchange/grants/{id}/decision")
	String decide(@PathVariable long id, @RequestParam String decision,
			@RequestParam(required = false) List<String> fields, @RequestParam(required = false) List<String> masked,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			@RequestParam(defaultValue = "false") boolean sync, @RequestParam(required = false) String reason,
			Locale locale, RedirectAttributes redirect) {
		applicant();
		try {
			if ("REFUSE".equals(decision)) {
				sharing.refuse(id, reason);
				redirect.addFlashAttribute("done", "exchange.page.refused");
			}
			else {
				// a form sends no masked field when none is ticked: that is "none masked", not "the default"
				sharing.grant(id, new GrantDecision(fields, masked == null ? List.of() : masked, validUntil,
						sync, reason));
				redirect.addFlashAttribute("done", "exchange.page.decided");
			}
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("failedText", text(problem, locale));
		}
		return "redirect:/workbench/exchange";
	}

	@PostMapping("/workbench/exchange/generation")
	String generate(@RequestParam long count, Locale locale, RedirectAttributes redirect) {
		StaffMember staff = administrator();
		try {
			return "redirect:/workbench/exchange/generation/" + generation.start(count, staff.getUsername()).id();
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("failedText", text(problem, locale));
			return "redirect:/workbench/exchange";
		}
	}

	@GetMapping("/workbench/exchange/generation/{id}")
	String generationProgress(@PathVariable java.util.UUID id,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		administrator();
		model.addAttribute("job", generation.job(id)
			.orElseThrow(() -> ProblemException.notFound("exchange.generation.unknown", id)));
		// polling gets out-of-band updates of the bar and texts; the status region itself is never replaced
		model.addAttribute("oob", htmx != null);
		return htmx != null ? "exchange/generation :: update" : "exchange/generation";
	}

	/** Every exchange page is for staff; anyone else (a signed-in citizen) is refused with the error page. */
	private static StaffMember staff() {
		return StaffMember.current().orElseThrow(() -> ProblemException.forbidden("exchange.page.staffOnly"));
	}

	/** The request and decision pages are for the roles that ask and decide. */
	private static StaffMember applicant() {
		StaffMember staff = staff();
		if (!SharingRoles.mayRequest(staff)) {
			throw ProblemException.forbidden("exchange.request.role");
		}
		return staff;
	}

	private static StaffMember administrator() {
		return StaffMember.current().filter(s -> s.hasRoleNamed("ADMINISTRATOR"))
			.orElseThrow(() -> ProblemException.forbidden("exchange.generation.role"));
	}

	/** Service item codes as typed: separated by commas, blanks or new lines. */
	static List<String> codes(String text) {
		return text == null ? List.of()
				: java.util.Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	private String text(ProblemException problem, Locale locale) {
		return problem.text(messages, locale);
	}
}
