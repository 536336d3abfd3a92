package org.govhall.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.govhall.catalog.CatalogueEditing;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.internal.CatalogueImportJobs;
import org.govhall.catalog.internal.EditorAccess;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue on the staff workbench: editors see their department's items and send drafts for review;
 * catalogue administrators review, publish or send back, import files with a progress bar and export.
 */
@Controller
class CatalogueWorkbenchController {

	private final CatalogueEditing editing;

	private final CatalogueImportJobs jobs;

	private final EditorAccess access;

	CatalogueWorkbenchController(CatalogueEditing editing, CatalogueImportJobs jobs, EditorAccess access) {
		this.editing = editing;
		this.jobs = jobs;
		this.access = access;
	}

	@Bean
	static NavigationEntry catalogueNavigation() {
		return new NavigationEntry("nav.catalogue", "nav.catalogue.description", "/workbench/catalogue",
				Set.of("ROLE_DATA_STEWARD", "ROLE_ADMINISTRATOR"), 100);
	}

	@GetMapping("/workbench/catalogue")
	String overview(Model model) {
		StaffPrincipal staff = access.staff();
		boolean administrator = staff.hasRole(StaffRole.ADMINISTRATOR);
		if (!administrator && !staff.hasRole(StaffRole.DATA_STEWARD)) {
			throw ProblemException.forbidden("catalog.editor.notYours", staff.departmentCode());
		}
		model.addAttribute("administrator", administrator);
		model.addAttribute("review", administrator ? editing.waitingForReview() : List.<ServiceItem>of());
		model.addAttribute("items", staff.hasRole(StaffRole.DATA_STEWARD) ? editing.itemsOf(staff.departmentCode())
				: List.<ServiceItem>of());
		return "catalog/workbench";
	}

	@PostMapping("/workbench/catalogue/items/{code}/submission")
	String submit(@PathVariable String code, RedirectAttributes redirect) {
		editing.submit(code);
		redirect.addFlashAttribute("done", "catalog.workbench.submitted");
		return "redirect:/workbench/catalogue";
	}

	@PostMapping("/workbench/catalogue/items/{code}/publication")
	String publish(@PathVariable String code, RedirectAttributes redirect) {
		editing.publish(code);
		redirect.addFlashAttribute("done", "catalog.workbench.published");
		return "redirect:/workbench/catalogue";
	}

	@PostMapping("/workbench/catalogue/items/{code}/send-back")
	String sendBack(@PathVariable String code, @RequestParam String note, RedirectAttributes redirect) {
		if (note == null || note.isBlank()) {
			redirect.addFlashAttribute("failed", "catalog.workbench.noteMissing");
			return "redirect:/workbench/catalogue";
		}
		editing.sendBack(code, note.strip());
		redirect.addFlashAttribute("done", "catalog.workbench.sentBack");
		return "redirect:/workbench/catalogue";
	}

	@PostMapping("/workbench/catalogue/imports")
	String upload(@RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect)
			throws IOException {
		access.requireCatalogueAdministrator();
		if (file.isEmpty()) {
			redirect.addFlashAttribute("failed", "catalog.import.emptyFile");
			return "redirect:/workbench/catalogue";
		}
		CatalogueImportJobs.Job job = jobs.start(file.getOriginalFilename(), file.getBytes(), access.actor(), locale);
		return "redirect:/workbench/catalogue/imports/" + job.id();
	}

	@GetMapping("/workbench/catalogue/imports/{id}")
	String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		access.requireCatalogueAdministrator();
		model.addAttribute("job", jobs.job(id).orElseThrow(() -> ProblemException.notFound("catalog.import.unknownJob", id)));
		return htmx != null ? "catalog/import :: progress" : "catalog/import";
	}
}
