package org.govhall.shared.audit.web;

import java.util.Optional;

import jakarta.validation.Valid;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditEntry;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditPage;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.audit.AuditVerification;
import org.govhall.shared.security.StaffOnly;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * The audit trail for administrators: search it, and check that no entry was altered or removed, also against the
 * checkpoints kept outside the database. Reading the trail is itself recorded in it.
 */
@RestController
@RequestMapping("/api/v1/audit")
@StaffOnly(ADMINISTRATOR)
class AuditApiController {

	private final AuditTrail trail;

	private final GovHallProperties properties;

	AuditApiController(AuditTrail trail, GovHallProperties properties) {
		this.trail = trail;
		this.properties = properties;
	}

	@GetMapping("/entries")
	AuditPage search(@Valid @ModelAttribute AuditSearchForm form) {
		AuditPage page = trail.search(form.toQuery(properties.zone()));
		trail.record(AuditSearches.searched(form, page.total()));
		return page;
	}

	/** One entry by its sequence number, e.g. the one a checkpoint names, to compare its hash. */
	@GetMapping("/entries/{seq}")
	ResponseEntity<AuditEntry> entry(@PathVariable long seq) {
		Optional<AuditEntry> entry = trail.entry(seq);
		trail.record(AuditEvent.of("audit.entryRead").on("audit-entry", seq).because("audit review")
			.detail("found", entry.isPresent()));
		return ResponseEntity.of(entry);
	}

	@PostMapping("/verification")
	AuditVerification verify() {
		AuditVerification result = trail.verify();
		trail.record(AuditCheckpoints.verified(result));
		return result;
	}
}
