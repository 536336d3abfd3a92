package org.govhall.exchange.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.AccessGrants;
import org.govhall.exchange.AccessRequest;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.GrantDecision;
import org.govhall.exchange.GrantDecisions;
import org.govhall.exchange.GrantStatus;
import org.govhall.exchange.ResourceCatalogue;
import org.govhall.exchange.ResourceTerms;
import org.govhall.exchange.SharingRoles;
import org.govhall.exchange.internal.PopulationGeneration;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.DATA_STEWARD;
import static org.govhall.shared.security.StaffRole.DEPARTMENT_HEAD;

/**
 * Data sharing on the staff workbench: the resource catalogue with its search and a page per resource, a
 * department's requests, and the requests it must decide on as a provider. Staff only: anyone else signed in
 * gets the 403 error page; asking and deciding need a role that may ask.
 */
@Controller
@StaffOnly
class DataSharingPagesController {

	private final AccessGrants grants;

	private final GrantDecisions decisions;

	private final ResourceCatalogue catalogue;

	private final PopulationGeneration generation;

	private final PageFeedback feedback;

	private final Clock clock;

	DataSharingPagesController(AccessGrants grants, GrantDecisions decisions, ResourceCatalogue catalogue,
			PopulationGeneration generation, PageFeedback feedback, Clock clock) {
		this.grants = grants;
		this.decisions = decisions;
		this.catalogue = catalogue;
		this.generation = generation;
		this.feedback = feedback;
		this.clock = clock;
	}

	@Bean
	static NavigationEntry dataSharingNavigation() {
		return new NavigationEntry("nav.exchange", "nav.exchange.description", "/workbench/exchange",
				Set.of(StaffRole.DATA_STEWARD, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR,
						StaffRole.SUPERVISOR),
				200);
	}

	@GetMapping("/workbench/exchange")
	String overview(@RequestParam(required = false) String q, @RequestParam(required = false) String provider,
			@RequestParam(required = false) String sharing, @RequestParam(required = false) String subjectKey,
			Model model) {
		StaffMember staff = StaffMember.signedIn();
		List<AccessGrant> waiting = grants.grantsOf(staff.departmentCode(), true).stream()
			.filter(g -> g.status() == GrantStatus.REQUESTED).toList();
		List<DataResource> all = catalogue.resources();
		ResourceCatalogue.Query query = new ResourceCatalogue.Query(q, provider, sharing, subjectKey);
		model.addAttribute("resources", all);
		feedback.attempt(model, () -> model.addAttribute("resources", catalogue.search(query)));
		model.addAttribute("query", query);
		model.addAttribute("providers", catalogue.providers());
		model.addAttribute("sharingTypes", ResourceTerms.SHARING_TYPES);
		model.addAttribute("subjectKeys", ResourceTerms.SUBJECT_KEY_VALUES);
		model.addAttribute("labels", all.stream().flatMap(r -> r.fields().stream()
			.map(f -> Map.entry(r.code() + "." + f.name(), f.label())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		model.addAttribute("sensitive", all.stream().flatMap(r -> r.fields().stream()
			.filter(DataResource.Field::sensitive).map(f -> r.code() + "." + f.name()))
			.collect(Collectors.toSet()));
		model.addAttribute("serviceItemNames", waiting.stream()
			.collect(Collectors.toMap(AccessGrant::id, grants::serviceItemNames)));
		model.addAttribute("mine", grants.grantsOf(staff.departmentCode(), false));
		model.addAttribute("waiting", waiting);
		model.addAttribute("department", staff.departmentCode());
		model.addAttribute("mayRequest", SharingRoles.mayRequest(staff));
		model.addAttribute("administrator", staff.hasRole(ADMINISTRATOR));
		return "exchange/workbench";
	}

	@GetMapping("/workbench/exchange/resources/{code}")
	String resource(@PathVariable String code, Model model) {
		StaffMember staff = StaffMember.signedIn();
		DataResource resource = catalogue.resource(code);
		model.addAttribute("resource", resource);
		model.addAttribute("mayAsk", SharingRoles.mayRequest(staff) && !"NOT_SHARED".equals(resource.sharingType())
				&& !staff.worksFor(resource.providerDepartment()));
		return "exchange/resource";
	}

	@GetMapping("/workbench/exchange/resources/{code}/request")
	@StaffOnly(value = { DATA_STEWARD, DEPARTMENT_HEAD, ADMINISTRATOR }, refusal = "exchange.request.role")
	String requestForm(@PathVariable String code, Model model) {
		model.addAttribute("resource", catalogue.resource(code));
		model.addAttribute("validUntil", LocalDate.now(clock).plusYears(1));
		model.addAttribute("current", current(code));
		return "exchange/request";
	}

	@PostMapping("/workbench/exchange/resources/{code}/request")
	@StaffOnly(value = { DATA_STEWARD, DEPARTMENT_HEAD, ADMINISTRATOR }, refusal = "exchange.request.role")
	String request(@PathVariable String code, @RequestParam(required = false) List<String> fields,
			@RequestParam String purpose, @RequestParam String legalBasis,
			@RequestParam(required = false) String serviceItems,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			@RequestParam(defaultValue = "false") boolean sync, Model model, RedirectAttributes redirect) {
		AccessRequest request = new AccessRequest(code, fields, purpose, legalBasis, codes(serviceItems), validUntil,
				sync);
		AccessGrant[] asked = new AccessGrant[1];
		if (feedback.attempt(model, () -> asked[0] = grants.request(request))) {
			feedback.done(redirect, asked[0].status() == GrantStatus.GRANTED ? "exchange.page.granted"
					: "exchange.page.requested");
			return "redirect:/workbench/exchange";
		}
		model.addAttribute("resource", catalogue.resource(code));
		model.addAttribute("validUntil", validUntil == null ? LocalDate.now(clock).plusYears(1) : validUntil);
		model.addAttribute("chosen", fields == null ? List.of() : fields);
		model.addAttribute("purpose", purpose);
		model.addAttribute("legalBasis", legalBasis);
		model.addAttribute("serviceItems", serviceItems);
		model.addAttribute("sync", sync);
		model.addAttribute("current", current(code));
		return "exchange/request";
	}

	@PostMapping("/workbench/exchange/grants/{id}/decision")
	@StaffOnly(value = { DATA_STEWARD, DEPARTMENT_HEAD, ADMINISTRATOR }, refusal = "exchange.request.role")
	String decide(@PathVariable long id, @RequestParam String decision,
			@RequestParam(required = false) List<String> fields, @RequestParam(required = false) List<String> masked,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			@RequestParam(defaultValue = "false") boolean sync, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		boolean refuse = "REFUSE".equals(decision);
		// a form sends no masked field when none is ticked: that is "none masked", not "the default"
		boolean decided = feedback.attempt(redirect, refuse ? () -> decisions.refuse(id, reason)
				: () -> decisions.grant(id, new GrantDecision(fields, masked == null ? List.of() : masked,
						validUntil, sync, reason)));
		if (decided) {
			feedback.done(redirect, refuse ? "exchange.page.refused" : "exchange.page.decided");
		}
		return "redirect:/workbench/exchange";
	}

	@PostMapping("/workbench/exchange/generation")
	@StaffOnly(value = ADMINISTRATOR, refusal = "exchange.generation.role")
	String generate(@RequestParam long count, RedirectAttributes redirect) {
		String by = StaffMember.signedIn().getUsername();
		return feedback.call(redirect, () -> generation.start(count, by))
			.map(job -> "redirect:/workbench/exchange/generation/" + job.id())
			.orElse("redirect:/workbench/exchange");
	}

	@GetMapping("/workbench/exchange/generation/{id}")
	@StaffOnly(value = ADMINISTRATOR, refusal = "exchange.generation.role")
	String generationProgress(@PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("job", generation.job(id)
			.orElseThrow(() -> ProblemException.notFound("exchange.generation.unknown", id)));
		// polling gets out-of-band updates of the bar and texts; the status region itself is never replaced
		model.addAttribute("oob", htmx != null);
		return htmx != null ? "exchange/generation :: update" : "exchange/generation";
	}

	/** The grant in force that a new one would supersede, so the form can say so. */
	private AccessGrant current(String resource) {
		return grants.grantsOf(StaffMember.signedIn().departmentCode(), false).stream()
			.filter(g -> g.resourceCode().equals(resource) && g.activeOn(LocalDate.now(clock))).findFirst()
			.orElse(null);
	}

	/** Service item codes as typed: separated by commas, blanks or new lines. */
	static List<String> codes(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
	}
}
