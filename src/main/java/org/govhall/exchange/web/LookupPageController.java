package org.govhall.exchange.web;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.govhall.exchange.DataLookups;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.ResourceCatalogue;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.PageFeedback;

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
@StaffOnly
class LookupPageController {

	private final DataLookups lookups;

	private final ResourceCatalogue catalogue;

	private final PageFeedback feedback;

	LookupPageController(DataLookups lookups, ResourceCatalogue catalogue, PageFeedback feedback) {
		this.lookups = lookups;
		this.catalogue = catalogue;
		this.feedback = feedback;
	}

	@GetMapping("/workbench/exchange/resources/{code}/lookup")
	String form(@PathVariable String code, Model model) {
		DataResource resource = catalogue.resource(code);
		model.addAttribute("resource", resource);
		model.addAttribute("labels", labels(resource));
		return "exchange/lookup";
	}

	@PostMapping("/workbench/exchange/resources/{code}/lookup")
	String lookup(@PathVariable String code, @RequestParam String subject, @RequestParam String purpose, Model model,
			HttpServletRequest request) {
		DataResource resource = catalogue.resource(code);
		model.addAttribute("resource", resource);
		model.addAttribute("labels", labels(resource));
		model.addAttribute("subject", subject);
		model.addAttribute("purpose", purpose);
		feedback.attempt(model, () -> model.addAttribute("answer",
				lookups.lookup(code, subject, purpose, request.getRemoteAddr())));
		return "exchange/lookup";
	}

	private static Map<String, String> labels(DataResource resource) {
		return resource.fields().stream().collect(Collectors.toMap(DataResource.Field::name, DataResource.Field::label));
	}
}
