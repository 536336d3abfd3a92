package org.govhall.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govhall.casework.Application;
import org.govhall.casework.ApplicationMaterials;
import org.govhall.casework.Applications;
import org.govhall.casework.CaseFile;
import org.govhall.casework.CaseStatus;
import org.govhall.casework.Cases;
import org.govhall.casework.FormField;
import org.govhall.casework.MaterialRequirement;
import org.govhall.casework.Precheck;
import org.govhall.casework.Submissions;
import org.govhall.catalog.Catalogue;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.Representations;
import org.govhall.shared.web.ProblemException;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages of applying (网上申请): choosing for whom to apply, the merged form with its verified
 * entries locked, the materials to upload, the pre-check and the submission; and, while a department asks for
 * corrections, the same form to correct and hand in again. Plain forms that work without scripts; with scripts
 * the answers also save as the applicant types.
 */
@Controller
class ApplicationPagesController {

	/** Form parameters holding answers are named {@code answer.<entry key>}. */
	static final String ANSWER = "answer.";

	/** Where window clerks register applications for people at the counter (一口受理). */
	static final String COUNTER = "/workbench/counter";

	private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Applications applications;

	private final ApplicationMaterials materials;

	private final Submissions submissions;

	private final Cases cases;

	private final Catalogue catalogue;

	private final Representations representations;

	private final PageFeedback feedback;

	private final MessageSource messages;

	private final Clock clock;

	ApplicationPagesController(Applications applications, ApplicationMaterials materials, Submissions submissions,
			Cases cases, Catalogue catalogue, Representations representations, PageFeedback feedback,
			MessageSource messages, Clock clock) {
		this.materials = materials;
		this.clock = clock;
		this.applications = applications;
		this.submissions = submissions;
		this.cases = cases;
		this.catalogue = catalogue;
		this.representations = representations;
		this.feedback = feedback;
		this.messages = messages;
	}

	@Bean
	static NavigationEntry counterNavigation() {
		return new NavigationEntry("nav.counter", "nav.counter.description", COUNTER, Set.of(StaffRole.WINDOW_CLERK), 15);
	}

	/** For whom to apply: the person themself or one of the companies they may act for. */
	@GetMapping("/my/applications/new")
	String choose(@RequestParam(required = false) String item, @RequestParam(required = false) String bundle,
			Model model) {
		String title;
		if (item != null && !item.isBlank()) {
			title = catalogue.published(item.strip()).map(i -> i.content().name())
				.orElseThrow(() -> ProblemException.notFound("casework.item.unknown", item));
		}
		else if (bundle != null && !bundle.isBlank()) {
			title = catalogue.bundle(bundle.strip()).map(b -> b.name())
				.orElseThrow(() -> ProblemException.notFound("casework.bundle.unknown", bundle));
		}
		else {
			throw ProblemException.invalid("item", "casework.start.itemOrBundle");
		}
		List<CompanyRole> companies = representations.mine();
		model.addAttribute("item", item);
		model.addAttribute("bundle", bundle);
		model.addAttribute("title", title);
		model.addAttribute("companies", companies);
		model.addAttribute("acting", representations.acting().map(CompanyRole::creditCode).orElse(""));
		return "casework/apply-start";
	}

	@PostMapping("/my/applications")
	String start(@RequestParam(required = false) String item, @RequestParam(required = false) String bundle,
			@RequestParam(required = false) String actingFor, RedirectAttributes redirect) {
		Optional<Application> started = feedback.call(redirect,
				() -> applications.start(item, bundle, actingFor == null || actingFor.isBlank() ? null : actingFor));
		if (started.isPresent()) {
			feedback.done(redirect, "casework.apply.started", started.get().title());
			return "redirect:/my/applications/" + started.get().id();
		}
		redirect.addAttribute(item != null && !item.isBlank() ? "item" : "bundle",
				item != null && !item.isBlank() ? item : bundle);
		return "redirect:/my/applications/new";
	}

	@GetMapping({ "/my/applications/{id}", COUNTER + "/{id}" })
	String application(@PathVariable UUID id, Model model, HttpServletRequest request) {
		Application application = applications.get(id);
		CaseFile correcting = null;
		if ("SUBMITTED".equals(application.status())) {
			CaseFile file = cases.get(application.caseNumber());
			if (file.summary().status() != CaseStatus.CORRECTION || atCounter(request)) {
				return atCounter(request) ? "redirect:" + COUNTER : "redirect:/my/cases/" + application.caseNumber();
			}
			correcting = file;
		}
		else if (!"DRAFT".equals(application.status())) {
			throw ProblemException.notFound("casework.application.unknown", id);
		}
		model.addAttribute("applying", application);
		model.addAttribute("base", atCounter(request) ? COUNTER : "/my/applications");
		model.addAttribute("correcting", correcting);
		model.addAttribute("problems", problems(application, applications.precheck(id)));
		model.addAttribute("submissionKey", UUID.randomUUID().toString());
		return "casework/apply";
	}

	/**
	 * Saves the answers; with {@code action=submit} submits them (the key generated with the page, so a second
	 * click answers the same case), with {@code action=correct} hands the corrections in.
	 */
	@PostMapping({ "/my/applications/{id}", COUNTER + "/{id}" })
	String save(@PathVariable UUID id, @RequestParam(defaultValue = "save") String action,
			@RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String submissionKey,
			@RequestParam Map<String, String> parameters, RedirectAttributes redirect, HttpServletRequest request) {
		Map<String, String> answers = answers(parameters);
		String back = "redirect:" + base(request) + "/" + id;
		if ("correct".equals(action)) {
			Application application = applications.get(id);
			if (feedback.attempt(redirect, () -> cases.correct(application.caseNumber(), answers))) {
				feedback.done(redirect, "casework.apply.corrected", application.caseNumber());
				return "redirect:/my/cases/" + application.caseNumber();
			}
			return back;
		}
		if (!feedback.attempt(redirect, () -> applications.save(id, version, answers))) {
			return back;
		}
		if (!"submit".equals(action)) {
			feedback.done(redirect, "casework.apply.saved");
			return back;
		}
		Optional<Submissions.Submitted> submitted = feedback.call(redirect,
				() -> submissions.submit(id, submissionKey));
		if (submitted.isEmpty()) {
			return back;
		}
		if (atCounter(request)) {
			feedback.done(redirect, "casework.window.submitted", submitted.get().caseNumber());
			return "redirect:" + COUNTER;
		}
		feedback.done(redirect, "casework.apply.submitted", submitted.get().caseNumber());
		return "redirect:/my/cases/" + submitted.get().caseNumber();
	}

	/** Saving as the applicant types (scripts on): answers the save's status and the version to send next. */
	@PostMapping({ "/my/applications/{id}/autosave", COUNTER + "/{id}/autosave" })
	String autosave(@PathVariable UUID id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam Map<String, String> parameters, Model model) {
		try {
			Application saved = applications.save(id, version, answers(parameters));
			model.addAttribute("version", saved.version());
			model.addAttribute("savedAt", SAVED_AT.format(saved.updatedAt().atZone(clock.getZone())));
		}
		catch (ProblemException refused) {
			model.addAttribute("version", version);
			model.addAttribute("refusal", feedback.refusal(refused).text());
		}
		return "casework/apply :: autosave";
	}

	@PostMapping({ "/my/applications/{id}/materials/{item}/{index}", COUNTER + "/{id}/materials/{item}/{index}" })
	String upload(@PathVariable UUID id, @PathVariable String item, @PathVariable int index,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect,
			HttpServletRequest request) {
		if (file == null || file.isEmpty()) {
			feedback.refuse(redirect, "material-" + item + "-" + index, "casework.apply.noFile");
			return "redirect:" + base(request) + "/" + id + "#materials";
		}
		boolean uploaded = feedback.attempt(redirect, () -> {
			try (InputStream content = file.getInputStream()) {
				materials.upload(id, item + "/" + index, file.getOriginalFilename(), content);
			}
			catch (IOException unreadable) {
				throw ProblemException.invalid("file", "problem.upload.unreadable");
			}
		});
		if (uploaded) {
			feedback.done(redirect, "casework.apply.uploaded");
		}
		return "redirect:" + base(request) + "/" + id + "#materials";
	}

	@PostMapping("/my/applications/{id}/materials/{item}/{index}/licence")
	String attachLicence(@PathVariable UUID id, @PathVariable String item, @PathVariable int index,
			@RequestParam(defaultValue = "") String identifier, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> materials.attachLicence(id, item + "/" + index, identifier))) {
			feedback.done(redirect, "casework.apply.licenceAttached");
		}
		return "redirect:/my/applications/" + id + "#materials";
	}

	@PostMapping({ "/my/applications/{id}/materials/{item}/{index}/removal",
			COUNTER + "/{id}/materials/{item}/{index}/removal" })
	String removeMaterial(@PathVariable UUID id, @PathVariable String item, @PathVariable int index,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (feedback.attempt(redirect, () -> materials.removeMaterial(id, item + "/" + index))) {
			feedback.done(redirect, "casework.apply.removed");
		}
		return "redirect:" + base(request) + "/" + id + "#materials";
	}

	@PostMapping({ "/my/applications/{id}/discard", COUNTER + "/{id}/discard" })
	String discard(@PathVariable UUID id, RedirectAttributes redirect, HttpServletRequest request) {
		if (feedback.attempt(redirect, () -> applications.discard(id))) {
			feedback.done(redirect, "casework.apply.discarded");
			return atCounter(request) ? "redirect:" + COUNTER : "redirect:/my/cases";
		}
		return "redirect:" + base(request) + "/" + id;
	}

	/** The counter: register an application for the person present, and the drafts registered so far. */
	@GetMapping(COUNTER)
	@StaffOnly(value = StaffRole.WINDOW_CLERK, refusal = "casework.window.clerksOnly")
	String counter(Model model) {
		model.addAttribute("drafts", applications.drafts());
		model.addAttribute("bundles", catalogue.bundles());
		return "casework/counter";
	}

	@PostMapping(COUNTER)
	@StaffOnly(value = StaffRole.WINDOW_CLERK, refusal = "casework.window.clerksOnly")
	String register(@RequestParam(required = false) String identityNumber, @RequestParam(required = false) String name,
			@RequestParam(required = false) String item, @RequestParam(required = false) String bundle,
			@RequestParam(required = false) String actingFor, RedirectAttributes redirect) {
		Optional<Application> started = feedback.call(redirect, () -> applications.startAtWindow(identityNumber, name,
				blankToNull(item), blankToNull(bundle), blankToNull(actingFor)));
		if (started.isEmpty()) {
			return "redirect:" + COUNTER;
		}
		feedback.done(redirect, "casework.window.started", started.get().applicantName(), started.get().title());
		return "redirect:" + COUNTER + "/" + started.get().id();
	}

	private static boolean atCounter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + COUNTER);
	}

	private static String base(HttpServletRequest request) {
		return atCounter(request) ? COUNTER : "/my/applications";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A problem of the pre-check as the page lists it: the entry's label, what is wrong, where to go. */
	record ProblemRow(String anchor, String label, String text) {
	}

	private List<ProblemRow> problems(Application application, Precheck precheck) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> labels = new LinkedHashMap<>();
		for (FormField field : application.fields()) {
			labels.put(field.key(), label(field, locale));
		}
		for (MaterialRequirement material : application.materials()) {
			labels.put("materials/" + material.key(), material.name());
		}
		return precheck.problems().stream().map(p -> new ProblemRow(anchor(p.field()),
				labels.getOrDefault(p.field(), p.field()),
				messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))).toList();
	}

	private String label(FormField field, Locale locale) {
		if (field.label() != null && !field.label().isBlank()) {
			return field.label();
		}
		return field.element() == null ? field.key()
				: messages.getMessage("element." + field.element(), null, field.key(), locale);
	}

	/** The id of an entry's input, or of a material's row, on the page. */
	static String anchor(String field) {
		return field.startsWith("materials/") ? "material-" + field.substring("materials/".length()).replace('/', '-')
				: "field-" + field.replace('.', '-');
	}

	private static Map<String, String> answers(Map<String, String> parameters) {
		Map<String, String> answers = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(ANSWER)) {
				answers.put(name.substring(ANSWER.length()), value);
			}
		});
		return answers;
	}
}
