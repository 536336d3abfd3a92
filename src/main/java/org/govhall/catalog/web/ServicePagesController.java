package org.govhall.catalog.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.govhall.catalog.Audience;
import org.govhall.catalog.Bundle;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemFilter;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.SummaryPage;
import org.govhall.catalog.VersionStatus;
import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.identifiers.Division;
import org.govhall.shared.identifiers.DivisionCodes;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public service pages (办事服务): browse by audience, life event and department, search in Chinese, read a
 * printable guide at a stable address per item code and version, and see the "one thing" bundles.
 */
@Controller
class ServicePagesController {

	private static final int PAGE_SIZE = 20;

	private final Catalogue catalogue;

	private final OrganisationDirectory organisation;

	ServicePagesController(Catalogue catalogue, OrganisationDirectory organisation) {
		this.catalogue = catalogue;
		this.organisation = organisation;
	}

	@GetMapping("/services")
	String services(@RequestParam(required = false) String q, @RequestParam(required = false) Audience audience,
			@RequestParam(required = false) String lifeEvent, @RequestParam(required = false) String department,
			@RequestParam(required = false) String division, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		String query = q == null ? null : q.strip();
		if (query != null && query.length() > 100) {
			query = query.substring(0, 100);
		}
		ItemFilter filter = new ItemFilter(audience, lifeEvent, department, division, null);
		SummaryPage results = catalogue.search(query, filter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("q", query);
		model.addAttribute("audience", audience);
		model.addAttribute("lifeEvent", filter.lifeEvent());
		model.addAttribute("department", filter.departmentCode());
		model.addAttribute("division", filter.divisionCode());
		Map<String, Long> divisions = catalogue.divisions();
		model.addAttribute("divisions", divisions);
		model.addAttribute("divisionNames", divisions.keySet().stream().collect(Collectors.toMap(code -> code,
				code -> DivisionCodes.standard().find(code).map(Division::name).orElse(code))));
		model.addAttribute("results", results);
		model.addAttribute("lifeEvents", catalogue.lifeEvents(audience));
		model.addAttribute("departments", catalogue.departments());
		model.addAttribute("departmentNames", departmentNames(locale));
		model.addAttribute("bundles", catalogue.bundles());
		return "catalog/services";
	}

	@GetMapping("/services/{code}")
	String guide(@PathVariable String code, Model model, Locale locale) {
		ServiceItem item = catalogue.published(code)
			.orElseThrow(() -> ProblemException.notFound("catalog.item.unknown", code));
		return guidePage(item, model, locale);
	}

	@GetMapping("/services/{code}/versions/{version}")
	String guideVersion(@PathVariable String code, @PathVariable int version, Model model, Locale locale) {
		ServiceItem item = catalogue.version(code, version)
			.filter(i -> i.status() == VersionStatus.PUBLISHED || i.status() == VersionStatus.SUPERSEDED)
			.orElseThrow(() -> ProblemException.notFound("catalog.version.unknown", code, version));
		return guidePage(item, model, locale);
	}

	@GetMapping("/bundles/{code}")
	String bundle(@PathVariable String code, Model model, Locale locale) {
		Bundle bundle = catalogue.bundle(code)
			.orElseThrow(() -> ProblemException.notFound("catalog.bundle.unknown", code));
		model.addAttribute("bundle", bundle);
		model.addAttribute("stages", catalogue.bundleItems(bundle));
		model.addAttribute("departmentNames", departmentNames(locale));
		return "catalog/bundle";
	}

	private String guidePage(ServiceItem item, Model model, Locale locale) {
		model.addAttribute("item", item);
		model.addAttribute("c", item.content());
		model.addAttribute("g", item.content().guide());
		model.addAttribute("versions", catalogue.versions(item.implementationCode()).stream()
			.filter(v -> v.status() == VersionStatus.PUBLISHED || v.status() == VersionStatus.SUPERSEDED).toList());
		model.addAttribute("departmentName", departmentNames(locale).getOrDefault(item.departmentCode(),
				item.departmentCode()));
		return "catalog/guide";
	}

	private Map<String, String> departmentNames(Locale locale) {
		return organisation.departments().stream()
			.collect(Collectors.toMap(DepartmentSummary::code, d -> d.name(locale), (a, b) -> a));
	}

}
