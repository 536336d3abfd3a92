package org.govhall.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govhall.catalog.CatalogueEditing;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.Lifecycle;
import org.govhall.catalog.NewServiceItem;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.internal.CatalogueEditors;
import org.govhall.catalog.internal.CatalogueExport;
import org.govhall.catalog.internal.CatalogueFile;
import org.govhall.catalog.internal.CatalogueImport;
import org.govhall.catalog.internal.CatalogueImportJobs;
import org.govhall.catalog.internal.ImportReport;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.DATA_STEWARD;

/** Editing the catalogue: drafts, review, publication, suspension and retirement, and JSON import (staff). */
@RestController
@RequestMapping("/api/v1/catalog/editor")
@StaffOnly(value = { DATA_STEWARD, ADMINISTRATOR }, refusal = "catalog.editor.role")
@Tag(name = "Catalogue editing", description = "Drafts, review and publication (staff, by role and department)")
class CatalogueEditorApiController {

	private final CatalogueEditing editing;

	private final CatalogueImport importer;

	private final CatalogueImportJobs jobs;

	private final CatalogueExport export;

	private final AuditTrail audit;

	CatalogueEditorApiController(CatalogueEditing editing, CatalogueImport importer,
			CatalogueImportJobs jobs, CatalogueExport export, AuditTrail audit) {
		this.editing = editing;
		this.importer = importer;
		this.jobs = jobs;
		this.export = export;
		this.audit = audit;
	}

	@GetMapping("/items")
	@Operation(summary = "The newest version of every item of a department (its editors and administrators)")
	List<ServiceItem> items(@RequestParam String department) {
		return editing.itemsOf(department);
	}

	@GetMapping("/review")
	@Operation(summary = "Versions waiting for a catalogue administrator")
	List<ServiceItem> review() {
		return editing.waitingForReview();
	}

	@PostMapping("/items")
	@Operation(summary = "Create a new item as a first draft")
	ResponseEntity<ServiceItem> create(@Valid @RequestBody NewServiceItem command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(editing.createDraft(command));
	}

	@PutMapping("/items/{code}/draft")
	@Operation(summary = "Save the draft (a new version after publication)")
	ServiceItem saveDraft(@PathVariable String code, @Valid @RequestBody ItemContent content) {
		return editing.saveDraft(code, content);
	}

	@PostMapping("/items/{code}/submission")
	@Operation(summary = "Send the draft for review")
	ServiceItem submit(@PathVariable String code) {
		return editing.submit(code);
	}

	@PostMapping("/items/{code}/publication")
	@Operation(summary = "Publish the version in review (catalogue administrators)")
	ServiceItem publish(@PathVariable String code) {
		return editing.publish(code);
	}

	@PostMapping("/items/{code}/send-back")
	@Operation(summary = "Send the version in review back to its editors with a note")
	ServiceItem sendBack(@PathVariable String code, @Valid @RequestBody Note note) {
		return editing.sendBack(code, note.note());
	}

	@PostMapping("/items/{code}/lifecycle")
	@Operation(summary = "Suspend or retire an item from a date, or make it active again")
	ServiceItem lifecycle(@PathVariable String code, @Valid @RequestBody LifecycleChange change) {
		return editing.changeLifecycle(code, change.lifecycle(), change.from(), change.reason());
	}

	@PostMapping("/import")
	@Operation(summary = "Import a catalogue file (docs/catalogue-format.md): all of it, or nothing with a report")
	ResponseEntity<ImportReport> importFile(@RequestBody CatalogueFile file, Locale locale) {
		String administrator = CatalogueEditors.administrator().getUsername();
		ImportReport report = importer.importFile(file, administrator, locale);
		return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a catalogue file (JSON, CSV in UTF-8, or XLSX) to import in the background")
	ResponseEntity<CatalogueImportJobs.Job> upload(@RequestParam("file") MultipartFile file, Locale locale)
			throws IOException {
		String administrator = CatalogueEditors.administrator().getUsername();
		CatalogueImportJobs.Job job = jobs.start(file.getOriginalFilename(), file.getBytes(), administrator, locale);
		return ResponseEntity.accepted().location(URI.create("/api/v1/catalog/editor/imports/" + job.id())).body(job);
	}

	@GetMapping("/imports/{id}")
	@Operation(summary = "How far an import has come, and its report once finished")
	CatalogueImportJobs.Job job(@PathVariable UUID id) {
		CatalogueEditors.administrator();
		return jobs.job(id).orElseThrow(() -> ProblemException.notFound("catalog.import.unknownJob", id));
	}

	@GetMapping("/export")
	@Operation(summary = "The published catalogue as JSON (with bundles), CSV or XLSX")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "json") String format) {
		CatalogueEditors.administrator();
		CatalogueImportJobs.Format chosen = CatalogueImportJobs.Format.of("catalogue." + format);
		MediaType type = switch (chosen) {
			case JSON -> MediaType.APPLICATION_JSON;
			case CSV -> new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
			case XLSX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		};
		audit.record(AuditEvent.of("catalog.exported").on("catalogue", format));
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("govhall-catalogue." + format.toLowerCase(Locale.ROOT)).build().toString())
			.body(out -> export.write(chosen, out));
	}

	/** A reviewer's note. */
	record Note(@NotBlank @Size(max = 1000) String note) {
	}

	/** A lifecycle change with its effective date (today when empty) and reason. */
	record LifecycleChange(@NotNull Lifecycle lifecycle, LocalDate from, @NotBlank @Size(max = 500) String reason) {
	}
}
