package org.govhall.casework.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.casework.CaseFile;
import org.govhall.casework.CaseSummary;
import org.govhall.casework.Cases;
import org.govhall.casework.internal.CaseStore;

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

	CaseApiController(Cases cases) {
		this.cases = cases;
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
