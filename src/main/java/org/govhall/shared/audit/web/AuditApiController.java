package org.govhall.shared.audit.web;

import jakarta.validation.Valid;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditPage;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.audit.AuditVerification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators: search it, and check that no entry was altered or removed, also against the
 * checkpoints kept outside the database. Reading the trail is itself recorded in it.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
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

	@PostMapping("/verification")
	AuditVerification verify() {
		AuditVerification result = trail.verify();
		trail.record(AuditCheckpoints.verified(result));
		return result;
	}
}
