package org.govhall.licence.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.govhall.identity.OrganisationDirectory;
import org.govhall.licence.HolderKind;
import org.govhall.licence.LicenceType;
import org.govhall.licence.LicenceTypes;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Licence types for administrators (证照类型管理): the list, and one form to define a type or change one — its
 * entries one per line as {@code key|中文名|English name}, the materials it proves separated by commas.
 */
@Controller
@StaffOnly(StaffRole.ADMINISTRATOR)
class LicenceTypePagesController {

	private final LicenceTypes types;

	private final OrganisationDirectory organisation;

	private final PageFeedback feedback;

	LicenceTypePagesController(LicenceTypes types, OrganisationDirectory organisation, PageFeedback feedback) {
		this.types = types;
		this.organisation = organisation;
		this.feedback = feedback;
	}

	@Bean
	static NavigationEntry licenceTypeNavigation() {
		return new NavigationEntry("nav.licenceTypes", "nav.licenceTypes.description", "/admin/licence-types",
				Set.of(StaffRole.ADMINISTRATOR), 820);
	}

	@GetMapping("/admin/licence-types")
	String list(@RequestParam(required = false) String edit, Model model) {
		List<LicenceType> all = types.all();
		model.addAttribute("types", all);
		model.addAttribute("departments", organisation.departments());
		LicenceType editing = edit == null ? null : all.stream().filter(t -> t.code().equals(edit)).findFirst()
			.orElse(null);
		model.addAttribute("editing", editing);
		model.addAttribute("fieldLines", editing == null ? "" : editing.fields().stream()
			.map(f -> f.key() + "|" + f.labelZh() + "|" + f.labelEn()).collect(Collectors.joining("\n")));
		return "licence/types";
	}

	@PostMapping("/admin/licence-types")
	String save(@RequestParam String code, @RequestParam String nameZh, @RequestParam String nameEn,
			@RequestParam String definingAuthority, @RequestParam String issuingDepartment,
			@RequestParam HolderKind holderKind, @RequestParam(required = false) Integer validityYears,
			@RequestParam(defaultValue = "") String fields, @RequestParam(defaultValue = "") String proves,
			@RequestParam LicenceType.Template template, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		List<LicenceType.Field> entries = new ArrayList<>();
		for (String line : fields.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length != 3) {
				feedback.refuse(redirect, "fields", "licence.type.fieldLine", line.strip());
				return "redirect:/admin/licence-types" + (version == null ? "" : "?edit=" + code);
			}
			entries.add(new LicenceType.Field(parts[0].strip(), parts[1].strip(), parts[2].strip()));
		}
		List<String> proved = Arrays.stream(proves.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty())
			.toList();
		LicenceType type = new LicenceType(code.strip().toUpperCase(java.util.Locale.ROOT), nameZh.strip(),
				nameEn.strip(), definingAuthority.strip(), issuingDepartment, holderKind, validityYears, entries, proved,
				template, version);
		try {
			if (feedback.attempt(redirect, () -> {
				if (version == null) {
					types.define(type);
				}
				else {
					types.update(type);
				}
			})) {
				feedback.done(redirect, version == null ? "licence.type.defined" : "licence.type.saved", type.nameZh());
				return "redirect:/admin/licence-types";
			}
		}
		catch (ConstraintViolationException invalid) {
			String field = invalid.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString())
				.map(p -> p.substring(p.lastIndexOf('.') + 1)).sorted().collect(Collectors.joining("、"));
			feedback.refuse(redirect, "code", "licence.type.invalid", field);
		}
		return "redirect:/admin/licence-types" + (version == null ? "" : "?edit=" + code);
	}
}
