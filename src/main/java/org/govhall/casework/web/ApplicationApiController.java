package org.govhall.casework.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.casework.Application;
import org.govhall.casework.ApplicationMaterials;
import org.govhall.casework.Applications;
import org.govhall.casework.Precheck;
import org.govhall.casework.Submissions;
import org.govhall.casework.internal.ApplicationStore;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications over the API (网上申请): start, read, autosave, pre-check, materials and the idempotent
 * submission. For the signed-in citizen; another person's application answers 404.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Casework")
class ApplicationApiController {

	private final Applications applications;

	private final ApplicationMaterials materials;

	private final Submissions submissions;

	ApplicationApiController(Applications applications, ApplicationMaterials materials, Submissions submissions) {
		this.materials = materials;
		this.applications = applications;
		this.submissions = submissions;
	}

	/**
	 * What to apply for: an item's implementation code or a bundle's code, and the company acted for, if any; a window
	 * clerk names the person present (一口受理).
	 */
	record Start(String item, String bundle, String actingFor, Present applicant) {
	}

	/** The person at the counter, whose identity card the window clerk checked. */
	record Present(String identityNumber, String name) {
	}

	/** Answers to save, and the version they were typed against. */
	record Answers(Integer version, Map<String, String> answers) {
	}

	/** The answer of a submission. */
	record Submitted(String caseNumber, String location) {
	}

	@PostMapping
	@Operation(summary = "Start an application for a published item or a bundle, for myself or acting for a company",
			description = "A window clerk sends `applicant` (identity number and name of the person present) to register "
					+ "the application for them (一口受理). Answers the merged form (一表制) prefilled with verified register data (verified: true, "
					+ "locked) and the materials, those that shared data proves marked exempt (免提交).")
	ResponseEntity<Application> start(@RequestBody Start start) {
		Application started = start.applicant() == null
				? applications.start(start.item(), start.bundle(), start.actingFor())
				: applications.startAtWindow(start.applicant().identityNumber(), start.applicant().name(), start.item(),
						start.bundle(), start.actingFor());
		return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/v1/applications/" + started.id())
			.body(started);
	}

	@GetMapping
	@Operation(summary = "My drafts, newest first")
	List<Application> drafts() {
		return applications.drafts();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of my applications")
	Application get(@PathVariable UUID id) {
		return applications.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save answers (autosave)", description = "Only the entries sent change; a blank value "
			+ "clears one. 409 when the application was saved elsewhere since `version`: read it again.")
	Application save(@PathVariable UUID id, @RequestBody Answers answers) {
		if (answers.version() == null) {
			throw ProblemException.invalid("version", "casework.application.versionMissing");
		}
		return applications.save(id, answers.version(), answers.answers() == null ? Map.of() : answers.answers());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Discard a draft")
	ResponseEntity<Void> discard(@PathVariable UUID id) {
		applications.discard(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/precheck")
	@Operation(summary = "Pre-check (网上预审): everything that would stop the submission")
	Precheck precheck(@PathVariable UUID id) {
		return applications.precheck(id);
	}

	@PostMapping(path = "/{id}/materials/{item}/{index}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload or replace a material's file",
			description = "The type is sniffed from the content; only the formats and size the catalogue allows; "
					+ "archives and polyglots are refused; the file name is kept for display only.")
	Application upload(@PathVariable UUID id, @PathVariable String item, @PathVariable int index,
			@RequestParam("file") MultipartFile file) throws IOException {
		return materials.upload(id, item + "/" + index, file.getOriginalFilename(), file.getInputStream());
	}

	/** The licence attached to a material. */
	record LicenceAttachment(String identifier) {
	}

	@PostMapping(path = "/{id}/materials/{item}/{index}/licence", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Attach one of my electronic licences to a material it proves, by reference (免提交)",
			description = "With this request the applicant consents to the licence being used for the case; the "
					+ "licence must be one the material offers (its holder's and valid). Its credential becomes the "
					+ "material, and the holder sees the case among the licence's uses once submitted.")
	Application attachLicence(@PathVariable UUID id, @PathVariable String item, @PathVariable int index,
			@RequestBody LicenceAttachment attachment) {
		return materials.attachLicence(id, item + "/" + index, attachment.identifier());
	}

	@DeleteMapping("/{id}/materials/{item}/{index}")
	@Operation(summary = "Remove a material's file from a draft")
	Application removeMaterial(@PathVariable UUID id, @PathVariable String item, @PathVariable int index) {
		return materials.removeMaterial(id, item + "/" + index);
	}

	@GetMapping("/{id}/materials/{item}/{index}")
	@Operation(summary = "A material's file, for its preview")
	ResponseEntity<byte[]> material(@PathVariable UUID id, @PathVariable String item, @PathVariable int index) {
		ApplicationStore.StoredFile file = materials.materialFile(id, item + "/" + index);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/{id}/submission")
	@Operation(summary = "Submit (idempotent)", description = "The same Idempotency-Key answers the same case; "
			+ "201 when this call made the case, 200 for a repeat. The case number (办件编号) has the form "
			+ "{division 6}{yyyyMMdd}{sequence 6}{ISO 7064 MOD 11-2 check}, 21 characters.")
	ResponseEntity<Submitted> submit(@PathVariable UUID id,
			@Parameter(description = "a key of the client's choosing, at most 100 characters, the same on retries")
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Submissions.Submitted submitted = submissions.submit(id, key);
		String location = "/api/v1/cases/" + submitted.caseNumber();
		return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.header(HttpHeaders.LOCATION, location).body(new Submitted(submitted.caseNumber(), location));
	}
}
