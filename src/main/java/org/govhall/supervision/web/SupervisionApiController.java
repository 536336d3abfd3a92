package org.govhall.supervision.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.supervision.Alert;
import org.govhall.supervision.IssueNotice;
import org.govhall.supervision.Notice;
import org.govhall.supervision.Notices;
import org.govhall.supervision.SupervisionBoard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision over the API (电子监察): the live board, alerts, and supervision notices with their answers. For
 * staff only; the board for supervisors and department heads, issuing for supervisors.
 */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision")
@StaffOnly
class SupervisionApiController {

	private final SupervisionBoard board;

	private final Notices notices;

	SupervisionApiController(SupervisionBoard board, Notices notices) {
		this.board = board;
		this.notices = notices;
	}

	@GetMapping("/board")
	@StaffOnly({ StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD })
	@Operation(summary = "Red and yellow branches with their holders, and counts per department")
	SupervisionBoard.Board board() {
		return board.board();
	}

	@GetMapping("/alerts")
	@StaffOnly({ StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD })
	@Operation(summary = "What supervision told the reader's department heads, or the supervisors")
	List<Alert> alerts() {
		return notices.alerts();
	}

	@GetMapping("/notices")
	@Operation(summary = "Supervision notices, newest first: all for supervisors, the department's for its staff")
	List<Notice> notices(@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page) {
		return notices.list(open, page);
	}

	@PostMapping("/notices")
	@StaffOnly(StaffRole.SUPERVISOR)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a supervision notice (督办) to a department")
	Notice issue(@RequestBody IssueNotice command) {
		return notices.issue(command);
	}

	@GetMapping("/notices/{id}")
	@Operation(summary = "One supervision notice")
	Notice notice(@PathVariable UUID id) {
		return notices.get(id);
	}

	@PostMapping("/notices/{id}/answer")
	@StaffOnly({ StaffRole.DEPARTMENT_HEAD, StaffRole.REVIEWER })
	@Operation(summary = "The department's answer to a notice, once")
	Notice answer(@PathVariable UUID id, @RequestBody Map<String, String> body) {
		return notices.answer(id, body.get("answer"));
	}
}
