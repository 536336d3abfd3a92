package org.govhall.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.casework.BranchSpecialProcedures;
import org.govhall.casework.SpecialProcedure;
import org.govhall.casework.SpecialProcedures;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Special procedures of a task's branch over the API (特别程序): their time does not count toward the limit. */
@RestController
@RequestMapping("/api/v1/tasks/{id}/special-procedure")
@Tag(name = "Casework")
@StaffOnly(value = { StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD }, refusal = "casework.specialProcedure.staffOnly")
class SpecialProcedureApiController {

	private final SpecialProcedures procedures;

	SpecialProcedureApiController(SpecialProcedures procedures) {
		this.procedures = procedures;
	}

	/** Which special procedure, why, and how many days it is expected to take. */
	record Start(String kind, String reason, Integer expectedDays) {
	}

	/** What it found, or why it ended. */
	record End(String outcome) {
	}

	@GetMapping
	@Operation(summary = "The special procedures the task's branch may have, and those it had (reviewers and heads)")
	BranchSpecialProcedures get(@PathVariable String id) {
		return procedures.of(id);
	}

	@PostMapping
	@Operation(summary = "Start a special procedure on the task's branch (特别程序: 听证, 检验, 鉴定, 专家评审 …)",
			description = "The kind must be one of the item's special procedures whose time does not count toward the "
					+ "limit; the branch must be accepted and its clock running. The clock pauses, review and decision "
					+ "wait, the deadline sweep leaves the branch alone. 201 with the running procedure; 403 for "
					+ "another department's task; 409 when one runs already or the clock is paused.")
	ResponseEntity<SpecialProcedure> start(@PathVariable String id, @RequestBody Start start) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(procedures.start(id, start.kind(), start.reason(), start.expectedDays()));
	}

	@PostMapping("/end")
	@Operation(summary = "End the special procedure running on the task's branch",
			description = "The clock runs again from the next day and the due date moves by the working days it "
					+ "took; the applicant is told. 409 when none runs.")
	SpecialProcedure end(@PathVariable String id, @RequestBody(required = false) End end) {
		return procedures.end(id, end == null ? null : end.outcome());
	}
}
