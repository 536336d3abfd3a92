package org.govhall.catalog.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import org.govhall.catalog.Audience;
import org.govhall.catalog.CaseType;
import org.govhall.catalog.CatalogueEditing;
import org.govhall.catalog.ExerciseLevel;
import org.govhall.catalog.ItemType;
import org.govhall.catalog.Lifecycle;
import org.govhall.catalog.NewServiceItem;
import org.govhall.catalog.OnlineDepth;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.TimeUnit;
import org.govhall.catalog.internal.CatalogueEditors;
import org.govhall.catalog.internal.CatalogueImportJobs;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.DATA_STEWARD;

/**
 * The catalogue on the staff workbench: editors see their department's items and send drafts for review;
 * catalogue administrators review, publish or send back, import files with a progress bar and export.
 */
@Controller
@StaffOnly(value = { DATA_STEWARD, ADMINISTRATOR }, refusal = "catalog.editor.role")
class CatalogueWorkbenchController {

	private final CatalogueEditing editing;

	private final CatalogueImportJobs jobs;

	private final OrganisationDirectory organisation;

	private final MessageSource messages;

	private final PageFeedback feedback;

	private final JsonMapper json;

	CatalogueWorkbenchController(CatalogueEditing editing, CatalogueImportJobs jobs, OrganisationDirectory organisation,
			MessageSource messages, PageFeedback feedback, JsonMapper json) {
		this.editing = editing;
		this.jobs = jobs;
		this.organisation = organisation;
		this.messages = messages;
		this.feedback = feedback;
		this.json = json;
	}

	@Bean
	static NavigationEntry catalogueNavigation() {
		return new NavigationEntry("nav.catalogue", "nav.catalogue.description", "/workbench/catalogue",
				Set.of(StaffRole.DATA_STEWARD, StaffRole.ADMINISTRATOR), 100);
	}

	@GetMapping("/workbench/catalogue")
	String overview(Model model) {
		StaffMember staff = StaffMember.signedIn();
		boolean administrator = staff.hasRole(StaffRole.ADMINISTRATOR);
		model.addAttribute("administrator", administrator);
		model.addAttribute("editor", staff.hasRole(StaffRole.DATA_STEWARD));
		model.addAttribute("review", administrator ? editing.waitingForReview() : List.<ServiceItem>of());
		model.addAttribute("items", staff.hasRole(StaffRole.DATA_STEWARD) ? editing.itemsOf(staff.departmentCode())
				: List.<ServiceItem>of());
		return "catalog/workbench";
	}

	@PostMapping("/workbench/catalogue/items/{code}/submission")
	String submit(@PathVariable String code, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> editing.submit(code))) {
			feedback.done(redirect, "catalog.workbench.submitted");
		}
		return "redirect:/workbench/catalogue";
	}

	@PostMapping("/workbench/catalogue/items/{code}/publication")
	String publish(@PathVariable String code, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> editing.publish(code))) {
			feedback.done(redirect, "catalog.workbench.published");
		}
		return "redirect:/workbench/catalogue";
	}

	@PostMapping("/workbench/catalogue/items/{code}/send-back")
	String sendBack(@PathVariable String code, @RequestParam String note, RedirectAttributes redirect) {
		if (note == null || note.isBlank()) {
			feedback.refuse(redirect, "note", "catalog.workbench.noteMissing");
			return "redirect:/workbench/catalogue";
		}
		if (feedback.attempt(redirect, () -> editing.sendBack(code, note.strip()))) {
			feedback.done(redirect, "catalog.workbench.sentBack");
		}
		return "redirect:/workbench/catalogue";
	}

	@PostMapping("/workbench/catalogue/lifecycle")
	String lifecycle(@RequestParam String code, @RequestParam Lifecycle lifecycle,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam String reason, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			feedback.refuse(redirect, "reason", "catalog.workbench.reasonMissing");
			return "redirect:/workbench/catalogue";
		}
		if (feedback.attempt(redirect, () -> editing.changeLifecycle(code.strip(), lifecycle, from, reason.strip()))) {
			feedback.done(redirect, "catalog.workbench.lifecycleChanged");
		}
		return "redirect:/workbench/catalogue";
	}

	@GetMapping("/workbench/catalogue/items/new")
	String newItem(Model model) {
		CatalogueEditors.editorOf(StaffMember.signedIn().departmentCode());
		return form(new ItemForm(), null, List.of(), model);
	}

	@PostMapping("/workbench/catalogue/items")
	String create(@ModelAttribute("item") ItemForm form, Model model, Locale locale, RedirectAttributes redirect) {
		StaffMember staff = StaffMember.signedIn();
		try {
			ServiceItem created = editing.createDraft(new NewServiceItem(form.getBasicCode(), form.getHandlingCode(),
					staff.departmentCode(), divisionOf(staff), form.content(json)));
			feedback.done(redirect, "catalog.workbench.saved");
			return "redirect:/workbench/catalogue/items/" + created.implementationCode() + "/edit";
		}
		catch (RuntimeException failure) {
			return form(form, null, problems(failure, locale), model);
		}
	}

	@GetMapping("/workbench/catalogue/items/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		ServiceItem latest = editing.latest(code);
		return form(ItemForm.of(latest, json), latest, List.of(), model);
	}

	@PostMapping("/workbench/catalogue/items/{code}")
	String save(@PathVariable String code, @ModelAttribute("item") ItemForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			editing.saveDraft(code, form.content(json));
			feedback.done(redirect, "catalog.workbench.saved");
			return "redirect:/workbench/catalogue/items/" + code + "/edit";
		}
		catch (RuntimeException failure) {
			return form(form, editing.latest(code), problems(failure, locale), model);
		}
	}

	private String form(ItemForm form, ServiceItem existing, List<String> problems, Model model) {
		model.addAttribute("item", form);
		model.addAttribute("existing", existing);
		model.addAttribute("problems", problems);
		model.addAttribute("types", ItemType.values());
		model.addAttribute("levels", ExerciseLevel.values());
		model.addAttribute("audienceValues", Audience.values());
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("units", TimeUnit.values());
		model.addAttribute("depths", OnlineDepth.values());
		return "catalog/edit";
	}

	private String divisionOf(StaffMember staff) {
		return organisation.departmentByCode(staff.departmentCode()).map(d -> d.divisionCode()).orElse("310000");
	}

	/** What went wrong, as sentences for the page: each invalid field, a refused step, or unreadable guide JSON. */
	private List<String> problems(RuntimeException failure, Locale locale) {
		if (failure instanceof ConstraintViolationException invalid) {
			return invalid.getConstraintViolations().stream()
				.map(v -> messages.getMessage("catalog.edit.field." + lastSegment(v.getPropertyPath().toString()), null,
						lastSegment(v.getPropertyPath().toString()), locale) + "：" + v.getMessage())
				.sorted().toList();
		}
		if (failure instanceof ProblemException problem) {
			return List.of(problem.text(messages, locale));
		}
		if (failure instanceof IllegalArgumentException && "guide".equals(failure.getMessage())) {
			return List.of(messages.getMessage("catalog.import.badGuide", null, locale));
		}
		if (failure instanceof IllegalArgumentException && "form".equals(failure.getMessage())) {
			return List.of(messages.getMessage("catalog.import.badForm", null, locale));
		}
		throw failure;
	}

	private static String lastSegment(String path) {
		String[] parts = path.replaceAll("\\[\\d*]", "").split("\\.");
		return parts.length >= 2 && parts[parts.length - 2].matches("legalLimit|promisedLimit|fee|guide")
				? parts[parts.length - 2] : parts[parts.length - 1];
	}

	@PostMapping("/workbench/catalogue/imports")
	String upload(@RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect)
			throws IOException {
		String administrator = CatalogueEditors.administrator().getUsername();
		if (file.isEmpty()) {
			feedback.refuse(redirect, "file", "catalog.import.emptyFile");
			return "redirect:/workbench/catalogue";
		}
		CatalogueImportJobs.Job job = jobs.start(file.getOriginalFilename(), file.getBytes(), administrator, locale);
		return "redirect:/workbench/catalogue/imports/" + job.id();
	}

	@GetMapping("/workbench/catalogue/imports/{id}")
	String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		CatalogueEditors.administrator();
		model.addAttribute("job", jobs.job(id).orElseThrow(() -> ProblemException.notFound("catalog.import.unknownJob", id)));
		return htmx != null ? "catalog/import :: progress" : "catalog/import";
	}
}
