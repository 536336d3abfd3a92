package org.govhall.shared.audit.web;

import java.util.Set;

import jakarta.validation.Valid;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditPage;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.audit.AuditVerification;
import org.govhall.shared.audit.ChainCheckpoints;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * The administrators' page of the audit trail: search, page through, verify the chain and its checkpoints, write a
 * checkpoint now, read the public key that checks them.
 */
@Controller
@RequestMapping("/admin/audit")
@StaffOnly(ADMINISTRATOR)
class AuditPageController {

	private final AuditTrail trail;

	private final ChainCheckpoints checkpoints;

	private final GovHallProperties properties;

	AuditPageController(AuditTrail trail, ChainCheckpoints checkpoints, GovHallProperties properties) {
		this.trail = trail;
		this.checkpoints = checkpoints;
		this.properties = properties;
	}

	@Bean
	static NavigationEntry auditNavigation() {
		return new NavigationEntry("nav.audit", "nav.audit.description", "/admin/audit",
				Set.of(StaffRole.ADMINISTRATOR), 900);
	}

	@GetMapping
	String search(@Valid @ModelAttribute("search") AuditSearchForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			AuditPage page = trail.search(form.toQuery(properties.zone()));
			trail.record(AuditSearches.searched(form, page.total()));
			model.addAttribute("result", page);
		}
		return page(model);
	}

	@PostMapping("/verification")
	String verify(@ModelAttribute("search") AuditSearchForm form, Model model) {
		AuditVerification verification = trail.verify();
		trail.record(AuditCheckpoints.verified(verification));
		model.addAttribute("verification", verification);
		model.addAttribute("result", trail.search(form.toQuery(properties.zone())));
		return page(model);
	}

	@PostMapping("/checkpoints")
	String checkpoint(@ModelAttribute("search") AuditSearchForm form, Model model) {
		checkpoints.checkpoint().ifPresent(written -> {
			trail.record(AuditCheckpoints.written(written));
			model.addAttribute("checkpoint", written);
		});
		model.addAttribute("result", trail.search(form.toQuery(properties.zone())));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("zone", properties.zone());
		model.addAttribute("checkpointKey", checkpoints.publicKey());
		return "shared/audit";
	}
}
