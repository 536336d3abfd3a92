package org.govhall.exchange.web;

import java.util.Locale;
import java.util.Set;

import org.govhall.exchange.AccessRecord;
import org.govhall.exchange.DataSharing;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' view of the exchange's access log: who read a subject's data, when, under which grant and
 * why. The subject is posted, never put in an address; every search is itself audited.
 */
@Controller
class AccessLogPageController {

	private final DataSharing sharing;

	private final AuditTrail audit;

	AccessLogPageController(DataSharing sharing, AuditTrail audit) {
		this.sharing = sharing;
		this.audit = audit;
	}

	@Bean
	static NavigationEntry accessLogNavigation() {
		return new NavigationEntry("nav.accessLog", "nav.accessLog.description", "/workbench/exchange/access-log",
				Set.of("ROLE_SUPERVISOR", "ROLE_ADMINISTRATOR"), 210);
	}

	@GetMapping("/workbench/exchange/access-log")
	String form() {
		supervisor();
		return "exchange/access-log";
	}

	@PostMapping("/workbench/exchange/access-log")
	String search(@RequestParam String subject, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		supervisor();
		String key = subject.strip();
		if (key.isEmpty() || key.length() > 30) {
			model.addAttribute("problemKey", "exchange.accessLog.subjectInvalid");
			return "exchange/access-log";
		}
		AccessRecord.Page found = sharing.accessLogOf(key, Math.max(0, page));
		audit.record(AuditEvent.of("exchange.accessLogRead").on("subject", key).detail("entries", found.total()));
		model.addAttribute("subject", key);
		model.addAttribute("found", found);
		return "exchange/access-log";
	}

	private static StaffMember supervisor() {
		return StaffMember.current()
			.filter(s -> s.hasRoleNamed("SUPERVISOR") || s.hasRoleNamed("ADMINISTRATOR"))
			.orElseThrow(() -> ProblemException.forbidden("exchange.accessLog.role"));
	}
}
