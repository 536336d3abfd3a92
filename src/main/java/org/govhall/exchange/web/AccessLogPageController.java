package org.govhall.exchange.web;

import java.util.Set;

import org.govhall.exchange.AccessRecord;
import org.govhall.exchange.DataLookups;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.SUPERVISOR;

/**
 * The supervisors' view of the exchange's access log: who read a subject's data, when, under which grant and
 * why. The subject is posted, never put in an address; every search is itself audited.
 */
@Controller
@StaffOnly(value = { SUPERVISOR, ADMINISTRATOR }, refusal = "exchange.accessLog.role")
class AccessLogPageController {

	private final DataLookups lookups;

	private final AuditTrail audit;

	private final PageFeedback feedback;

	AccessLogPageController(DataLookups lookups, AuditTrail audit, PageFeedback feedback) {
		this.lookups = lookups;
		this.audit = audit;
		this.feedback = feedback;
	}

	@Bean
	static NavigationEntry accessLogNavigation() {
		return new NavigationEntry("nav.accessLog", "nav.accessLog.description", "/workbench/exchange/access-log",
				Set.of(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR), 210);
	}

	@GetMapping("/workbench/exchange/access-log")
	String form() {
		return "exchange/access-log";
	}

	@PostMapping("/workbench/exchange/access-log")
	String search(@RequestParam String subject, @RequestParam(defaultValue = "0") int page, Model model) {
		String key = subject.strip();
		if (key.isEmpty() || key.length() > 30) {
			feedback.refuse(model, "subject", "exchange.accessLog.subjectInvalid");
			return "exchange/access-log";
		}
		AccessRecord.Page found = lookups.accessLogOf(key, Math.max(0, page));
		audit.record(AuditEvent.of("exchange.accessLogRead").on("subject", key).detail("entries", found.total()));
		model.addAttribute("subject", key);
		model.addAttribute("found", found);
		return "exchange/access-log";
	}
}
