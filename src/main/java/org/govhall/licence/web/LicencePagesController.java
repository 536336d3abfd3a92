package org.govhall.licence.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govhall.licence.IssueLicence;
import org.govhall.licence.Licence;
import org.govhall.licence.LicenceStatus;
import org.govhall.licence.LicenceType;
import org.govhall.licence.LicenceTypes;
import org.govhall.licence.LicenceVerification;
import org.govhall.licence.Licences;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licence pages: 我的证照 and one licence for its holder (print, credential, share link, uses); the public
 * verification page and shared licences; the issuing department's register and status changes for staff.
 */
@Controller
class LicencePagesController {

	private final Licences licences;

	private final LicenceTypes types;

	private final LicenceVerification verification;

	private final PageFeedback feedback;

	LicencePagesController(Licences licences, LicenceTypes types, LicenceVerification verification,
			PageFeedback feedback) {
		this.licences = licences;
		this.types = types;
		this.verification = verification;
		this.feedback = feedback;
	}

	@Bean
	static NavigationEntry licenceNavigation() {
		return new NavigationEntry("nav.licences", "nav.licences.description", "/workbench/licences", Set.of(), 40);
	}

	@GetMapping("/my/licences")
	String mine(Model model) {
		model.addAttribute("licences", licences.mine());
		return "licence/my-licences";
	}

	@GetMapping("/my/licences/{id}")
	String one(@PathVariable UUID id, Model model) {
		show(licences.get(id), model);
		model.addAttribute("uses", licences.uses(id));
		return "licence/licence";
	}

	@GetMapping("/my/licences/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		Licences.Rendition pdf = licences.pdf(id, locale);
		return Downloads.attachment(MediaType.APPLICATION_PDF, pdf.fileName(), pdf.content());
	}

	@GetMapping("/my/licences/{id}/credential")
	ResponseEntity<String> credential(@PathVariable UUID id) {
		return Downloads.attachment(Downloads.VC_JWT, id + ".jwt", licences.credential(id));
	}

	@PostMapping("/my/licences/{id}/shares")
	String share(@PathVariable UUID id, @RequestParam(defaultValue = "7") int days, RedirectAttributes redirect) {
		feedback.call(redirect, () -> licences.share(id, days)).ifPresent(share -> {
			redirect.addFlashAttribute("share", share);
			feedback.done(redirect, "licence.share.done", days);
		});
		return "redirect:/my/licences/" + id;
	}

	@GetMapping("/licences/verify")
	String verifyPage(@RequestParam(required = false) String id, Model model) {
		if (id != null && !id.isBlank()) {
			model.addAttribute("presented", id);
			model.addAttribute("result", verification.verify(id));
		}
		return "licence/verify";
	}

	@PostMapping("/licences/verify")
	String verify(@RequestParam(defaultValue = "") String presented, Model model) {
		model.addAttribute("presented", presented);
		model.addAttribute("result", verification.verify(presented));
		return "licence/verify";
	}

	@GetMapping("/licences/shared/{token}")
	String shared(@PathVariable String token, Model model) {
		show(licences.shared(token), model);
		model.addAttribute("sharedView", true);
		return "licence/licence";
	}

	@GetMapping("/workbench/licences")
	@StaffOnly
	String register(@RequestParam(required = false) String holder, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("holder", holder == null ? "" : holder);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("licences", licences.ofDepartment(holder, page, 20));
		return "licence/register";
	}

	@GetMapping("/workbench/licences/new")
	@StaffOnly({ StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD })
	String issueForm(@RequestParam(required = false) String type, Model model) {
		String department = StaffMember.signedIn().departmentCode();
		List<LicenceType> mine = types.all().stream().filter(t -> t.issuingDepartment().equalsIgnoreCase(department))
			.toList();
		model.addAttribute("types", mine);
		model.addAttribute("type", mine.stream().filter(t -> t.code().equals(type)).findFirst().orElse(null));
		return "licence/issue";
	}

	@PostMapping("/workbench/licences")
	@StaffOnly({ StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD })
	String issue(@RequestParam String typeCode, @RequestParam(defaultValue = "") String holderName,
			@RequestParam(defaultValue = "") String holderCode, @RequestParam(defaultValue = "") String reason,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		form.forEach((k, v) -> {
			if (k.startsWith("field.") && !v.isBlank()) {
				fields.put(k.substring("field.".length()), v.strip());
			}
		});
		if (holderName.isBlank() || reason.isBlank()) {
			feedback.refuse(redirect, holderName.isBlank() ? "holderName" : "reason", "licence.issue.missing");
			return "redirect:/workbench/licences/new?type=" + typeCode;
		}
		return feedback.call(redirect, () -> licences.issue(new IssueLicence(typeCode, holderName, holderCode, null,
				fields, reason)))
			.map(issued -> {
				feedback.done(redirect, "licence.issue.done", issued.typeName(), issued.holderName());
				return "redirect:/workbench/licences/" + issued.id();
			})
			.orElse("redirect:/workbench/licences/new?type=" + typeCode);
	}

	@GetMapping("/workbench/licences/{id}")
	@StaffOnly
	String staffView(@PathVariable UUID id, Model model) {
		show(licences.get(id), model);
		model.addAttribute("staffView", true);
		return "licence/licence";
	}

	@GetMapping("/workbench/licences/{id}/pdf")
	@StaffOnly
	ResponseEntity<byte[]> staffPdf(@PathVariable UUID id, Locale locale) {
		return pdf(id, locale);
	}

	@PostMapping("/workbench/licences/{id}/status")
	@StaffOnly(StaffRole.DEPARTMENT_HEAD)
	String status(@PathVariable UUID id, @RequestParam LicenceStatus status,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> licences.changeStatus(id, status, reason))) {
			feedback.done(redirect, "licence.status.done." + status.name());
		}
		return "redirect:/workbench/licences/" + id;
	}

	private void show(Licence licence, Model model) {
		model.addAttribute("licence", licence);
		model.addAttribute("type", licences.typeOf(licence));
		model.addAttribute("qr", licences.qrCode(licence));
		model.addAttribute("sharedView", false);
		model.addAttribute("staffView", false);
	}
}
