package org.govhall.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.internal.PasswordChangeGate;
import org.govhall.identity.internal.StaffCredentials;
import org.govhall.shared.security.StaffOnly;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * Staff credentials over the API: a staff member changes their own password; administrators set a temporary
 * password for somebody else or remove their lost authenticator, with a reason.
 */
@RestController
@RequestMapping("/api/v1/identity")
class StaffAccountApiController {

	private final StaffCredentials credentials;

	StaffAccountApiController(StaffCredentials credentials) {
		this.credentials = credentials;
	}

	/** The current password and the new one. */
	record PasswordChange(String currentPassword, String newPassword) {
	}

	@PostMapping("/me/password")
	@Operation(summary = "Change one's own password (staff); every other session ends")
	@StaffOnly(refusal = "identity.account.staffOnly")
	Map<String, Object> changePassword(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestBody PasswordChange change, HttpServletRequest request) {
		int ended = credentials.changeOwn(staff.staffId(), change.currentPassword(), change.newPassword(),
				request.getSession().getId());
		PasswordChangeGate.settled(request.getSession(false));
		return Map.of("sessionsEnded", ended);
	}

	/** Why an administrator acts, and optionally the temporary password (generated when absent). */
	record TemporaryPasswordRequest(String reason, String password) {
	}

	@GetMapping("/staff/{id}/credentials")
	@StaffOnly(ADMINISTRATOR)
	StaffCredentials.Status credentials(@PathVariable long id) {
		return credentials.status(id);
	}

	@PostMapping("/staff/{id}/temporary-password")
	@StaffOnly(ADMINISTRATOR)
	@Operation(summary = "Set a temporary password to be changed at the next sign-in (administrators); a generated one is shown once")
	Map<String, Object> temporaryPassword(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long id,
			@RequestBody TemporaryPasswordRequest body) {
		StaffCredentials.TemporaryPassword set = credentials.setTemporaryPassword(id, body.password(), body.reason(),
				admin.getUsername());
		Map<String, Object> answer = new LinkedHashMap<>();
		if (set.generated() != null) {
			answer.put("temporaryPassword", set.generated());
		}
		answer.put("sessionsEnded", set.sessionsEnded());
		return answer;
	}

	/** Why an administrator acts. */
	record Reason(String reason) {
	}

	@PostMapping("/staff/{id}/second-factor/reset")
	@StaffOnly(ADMINISTRATOR)
	@Operation(summary = "Remove a staff member's lost authenticator (administrators); they enrol again")
	ResponseEntity<Void> resetSecondFactor(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long id,
			@RequestBody Reason body) {
		credentials.resetSecondFactor(id, body.reason(), admin.getUsername());
		return ResponseEntity.noContent().build();
	}
}
