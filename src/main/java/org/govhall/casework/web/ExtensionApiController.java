package org.govhall.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.casework.CaseExtensions;
import org.govhall.casework.Extension;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Extensions of a limit over the API: asked on a task, decided by the department's head. */
@RestController
@Tag(name = "Casework")
class ExtensionApiController {

	private final CaseExtensions extensions;

	ExtensionApiController(CaseExtensions extensions) {
		this.extensions = extensions;
	}

	/** How many working days to add, and why. */
	record Request(Integer workingDays, String reason) {
	}

	/** The head's decision, with a note (required when denying). */
	record Decision(Boolean approve, String note) {
	}

	@PostMapping("/api/v1/tasks/{id}/extension")
	@StaffOnly(value = { StaffRole.WINDOW_CLERK, StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD },
			refusal = "casework.task.staffOnly")
	@Operation(summary = "Ask to extend the limit of the task's branch (延长办理时限)",
			description = "At most 10 working days, once per branch, only while its clock runs; the department's head "
					+ "decides. 201 with the pending request; 409 when one is pending or approved already.")
	ResponseEntity<Extension> request(@PathVariable String id, @RequestBody Request request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(extensions.request(id, request.workingDays(), request.reason()));
	}

	@GetMapping("/api/v1/extensions")
	@StaffOnly(value = StaffRole.DEPARTMENT_HEAD, refusal = "casework.extension.headsOnly")
	@Operation(summary = "The extension requests of my department waiting for my decision (heads only)")
	List<Extension> pending() {
		return extensions.pending();
	}

	@PostMapping("/api/v1/extensions/{id}/decision")
	@StaffOnly(value = StaffRole.DEPARTMENT_HEAD, refusal = "casework.extension.headsOnly")
	@Operation(summary = "Approve or deny an extension request of my department (heads only)",
			description = "Approved, the branch's due date moves by the working days and the applicant is told.")
	Extension decide(@PathVariable long id, @RequestBody Decision decision) {
		return extensions.decide(id, decision.approve(), decision.note());
	}
}
