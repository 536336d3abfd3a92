package org.govhall.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.casework.CaseTask;
import org.govhall.casework.CaseTasks;
import org.govhall.casework.CorrectionRequest;
import org.govhall.casework.internal.CaseStore;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Department staff's tasks over the API (待办): list, claim, release, and the step's action — intake, review,
 * decision — plus internal notes. Another department's task answers 403.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Casework")
@StaffOnly(value = { StaffRole.WINDOW_CLERK, StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD },
		refusal = "casework.task.staffOnly")
class TaskApiController {

	private final CaseTasks tasks;

	TaskApiController(CaseTasks tasks) {
		this.tasks = tasks;
	}

	/** Intake's outcome: ACCEPT, CORRECTION (with the entries) or NOT_ACCEPTED (with reason and basis). */
	record Intake(CaseTasks.IntakeOutcome outcome, String reason, String legalBasis,
			List<CorrectionRequest.Entry> corrections) {
	}

	/** The reviewer's opinion. */
	record Review(String opinion) {
	}

	/** The head's decision. */
	record Decision(Boolean approve, String reason, String legalBasis) {
	}

	/** An internal note. */
	record Note(String body) {
	}

	@GetMapping
	@Operation(summary = "My department's open tasks my roles may take, oldest first")
	List<CaseTask> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return tasks.mine(page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One task")
	CaseTask get(@PathVariable String id) {
		return tasks.get(id);
	}

	@PostMapping("/{id}/claim")
	@Operation(summary = "Claim a task (409 when a colleague holds it)")
	CaseTask claim(@PathVariable String id) {
		return tasks.claim(id);
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "Release a claimed task")
	CaseTask release(@PathVariable String id) {
		return tasks.release(id);
	}

	@PostMapping("/{id}/intake")
	@Operation(summary = "受理: accept, ask once for corrections, or refuse to accept")
	ResponseEntity<Void> intake(@PathVariable String id, @RequestBody Intake intake) {
		if (intake.outcome() == null) {
			throw ProblemException.invalid("outcome", "casework.intake.outcome");
		}
		tasks.intake(id, intake.outcome(), intake.reason(), intake.legalBasis(), intake.corrections());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "审查: complete the review with an opinion")
	ResponseEntity<Void> review(@PathVariable String id, @RequestBody Review review) {
		tasks.review(id, review.opinion());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "决定: approve, or refuse with reason and legal basis")
	ResponseEntity<Void> decide(@PathVariable String id, @RequestBody Decision decision) {
		if (decision.approve() == null) {
			throw ProblemException.invalid("approve", "casework.decision.approve");
		}
		tasks.decide(id, decision.approve(), decision.reason(), decision.legalBasis());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/notes")
	@Operation(summary = "Add an internal note (staff only)")
	ResponseEntity<Void> note(@PathVariable String id, @RequestBody Note note) {
		tasks.note(id, note.body());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/notes")
	@Operation(summary = "The case's internal notes")
	List<CaseStore.Note> notes(@PathVariable String id) {
		return tasks.notes(id);
	}
}
