package org.govhall.casework.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.casework.CaseFile;
import org.govhall.casework.CaseSummary;
import org.govhall.casework.Cases;
import org.govhall.casework.DecisionLetters;
import org.govhall.casework.internal.CaseStore;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over the API (办件): the applicant's own, or for staff their department's; one case with its branches,
 * clocks and timeline; withdrawal and corrections by the applicant.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Casework")
class CaseApiController {

	private final Cases cases;

	private final DecisionLetters letters;

	CaseApiController(Cases cases, DecisionLetters letters) {
		this.cases = cases;
		this.letters = letters;
	}

	/** Why the applicant withdraws. */
	record Withdrawal(String reason) {
	}

	/** Corrected answers. */
	record Correction(Map<String, String> answers) {
	}

	@GetMapping
	@Operation(summary = "My cases (citizens: mine and my companies'; staff: my department's), newest first")
	List<CaseSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return cases.list(page, size);
	}

	@GetMapping("/{number}")
	@Operation(summary = "One case with its branches, clocks and timeline")
	CaseFile get(@PathVariable String number) {
		return cases.get(number);
	}

	@GetMapping(path = "/{number}/decision", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.ALL_VALUE })
	@Operation(summary = "The decision letter (决定书) of a finished case, as a PDF",
			description = "Granted, refused with each department's reason and legal basis, or not accepted; in Chinese, "
					+ "or in English with lang=en. 409 while the case is not finished or when it was withdrawn.")
	ResponseEntity<byte[]> decision(@PathVariable String number, Locale locale) {
		byte[] pdf = letters.pdf(number, locale);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("决定书-" + number + ".pdf", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	@PostMapping("/{number}/withdrawal")
	@Operation(summary = "Withdraw my case (撤回)")
	CaseFile withdraw(@PathVariable String number, @RequestBody Withdrawal withdrawal) {
		return cases.withdraw(number, withdrawal.reason());
	}

	@PostMapping("/{number}/correction")
	@Operation(summary = "Hand in the corrections asked for (补正); the paused clocks run again")
	CaseFile correct(@PathVariable String number, @RequestBody Correction correction) {
		return cases.correct(number, correction.answers() == null ? Map.of() : correction.answers());
	}

	@GetMapping("/notifications")
	@Operation(summary = "My notifications about my cases, newest first")
	List<CaseStore.Notification> notifications() {
		return cases.notifications();
	}
}
