package org.govhall.catalog.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.govhall.catalog.CatalogueEditing;
import org.govhall.catalog.Lifecycle;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.internal.CatalogueEditors;
import org.govhall.catalog.internal.CatalogueImportJobs;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.DATA_STEWARD;

/**
 * The catalogue on the staff workbench: editors see their department's items and send drafts for review (they
 * write them in {@link ItemEditorController}); catalogue administrators review, publish or send back, import
 * files with a progress bar and export.
 */
@Controller
@StaffOnly(value = { DATA_STEWARD, ADMINISTRATOR }, refusal = "catalog.editor.role")
class CatalogueWorkbenchController {

	private final CatalogueEditing editing;

	private final CatalogueImportJobs jobs;

	private final PageFeedback feedback;

	CatalogueWorkbenchController(CatalogueEditing editing, CatalogueImportJobs jobs, PageFeedback feedback) {
		this.editing = editing;
		this.jobs = jobs;
		this.feedback = feedback;
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
