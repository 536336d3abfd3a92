package org.govhall.exchange.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.govhall.exchange.DataResource;
import org.govhall.exchange.DataSharing;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A staff member looks one subject up under the department's grant (a window clerk checking an applicant, for
 * example): the same governed lookup as the API, with the purpose stated and the read in the access log.
 */
@Controller
class LookupPageController {

	private final DataSharing sharing;

	private final MessageSource messages;

	LookupPageController(DataSharing sharing, MessageSource messages) {
		this.sharing = sharing;
		this.messages = messages;
	}

	@GetMapping("/workbench/exchange/resources/{code}/lookup")
	String form(@PathVariable String code, Model model) {
		staff();
		model.addAttribute("resource", sharing.resource(code));
		model.addAttribute("labels", labels(sharing.resource(code)));
		return "exchange/lookup";
	}

	@PostMapping("/workbench/exchange/resources/{code}/lookup")
	String lookup(@PathVariable String code, @RequestParam String subject, @RequestParam String purpose, Model model,
			Locale locale) {
		staff();
		DataResource resource = sharing.resource(code);
		model.addAttribute("resource", resource);
		model.addAttribute("labels", labels(resource));
		model.addAttribute("subject", subject);
		model.addAttribute("purpose", purpose);
		try {
			model.addAttribute("answer", sharing.lookup(code, subject, purpose));
		}
		catch (ProblemException problem) {
			model.addAttribute("problem", problem.text(messages, locale));
		}
		return "exchange/lookup";
	}

	private static Map<String, String> labels(DataResource resource) {
		return resource.fields().stream().collect(Collectors.toMap(DataResource.Field::name, DataResource.Field::label));
	}

	private static StaffMember staff() {
		return StaffMember.current().orElseThrow(() -> ProblemException.forbidden("exchange.page.staffOnly"));
	}
}
