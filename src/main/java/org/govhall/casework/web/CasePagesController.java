package org.govhall.casework.web;

import java.util.List;
import java.util.Set;

import org.govhall.casework.Applications;
import org.govhall.casework.CaseExtensions;
import org.govhall.casework.CaseTask;
import org.govhall.casework.CaseTasks;
import org.govhall.casework.Cases;
import org.govhall.casework.CorrectionRequest;
import org.govhall.casework.SpecialProcedures;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of cases: 我的办件 for applicants (their cases, one case with its branches, clocks and timeline,
 * withdrawal), and 待办 for department staff (their department's open steps, one task with its case and the
 * step's action). Plain forms that work without scripts; every refusal shown on the page.
 */
@Controller
class CasePagesController {

	private final Cases cases;

	private final CaseTasks tasks;

	private final Applications applications;

	private final CaseExtensions extensions;

	private final SpecialProcedures specialProcedures;

	private final PageFeedback feedback;

	CasePagesController(Cases cases, CaseTasks tasks, Applications applications, CaseExtensions extensions,
			SpecialProcedures specialProcedures, PageFeedback feedback) {
		this.specialProcedures = specialProcedures;
		this.cases = cases;
		this.tasks = tasks;
		this.applications = applications;
		this.extensions = extensions;
		this.feedback = feedback;
	}

	@Bean
	static NavigationEntry caseworkNavigation() {
		return new NavigationEntry("nav.tasks", "nav.tasks.description", "/workbench/tasks",
				Set.of(StaffRole.WINDOW_CLERK, StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD), 20);
	}

	@GetMapping("/my/cases")
	String myCases(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cases", cases.list(page, 20));
		model.addAttribute("drafts", applications.drafts());
		model.addAttribute("notifications", cases.notifications().stream().limit(10).toList());
		return "casework/my-cases";
	}

	@GetMapping("/my/cases/{number}")
	String myCase(@PathVariable String number, Model model) {
		model.addAttribute("file", cases.get(number));
		return "casework/case";
	}

	@PostMapping("/my/cases/{number}/withdrawal")
	String withdraw(@PathVariable String number, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> cases.withdraw(number, reason))) {
			feedback.done(redirect, "casework.page.withdrawn", number);
		}
		return "redirect:/my/cases/" + number;
	}

	@GetMapping("/workbench/tasks")
	@StaffOnly(value = { StaffRole.WINDOW_CLERK, StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD },
			refusal = "casework.task.staffOnly")
	String tasks(Model model) {
		model.addAttribute("tasks", tasks.mine(0, 100));
		model.addAttribute("extensions", StaffMember.current().filter(s -> s.hasRole(StaffRole.DEPARTMENT_HEAD))
			.map(s -> extensions.pending()).orElse(List.of()));
		return "casework/tasks";
	}

	@GetMapping("/workbench/tasks/{id}")
	@StaffOnly(value = { StaffRole.WINDOW_CLERK, StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD },
			refusal = "casework.task.staffOnly")
	String task(@PathVariable String id, Model model) {
		CaseTask task = tasks.get(id);
		model.addAttribute("task", task);
		model.addAttribute("file", cases.get(task.caseNumber()));
		model.addAttribute("applying", applications.ofCase(task.caseNumber()));
		model.addAttribute("notes", tasks.notes(id));
		model.addAttribute("special", StaffMember.current()
			.filter(s -> s.hasRole(StaffRole.REVIEWER) || s.hasRole(StaffRole.DEPARTMENT_HEAD))
			.map(s -> specialProcedures.of(id)).orElse(null));
		return "casework/task";
	}

	@PostMapping("/workbench/tasks/{id}/claim")
	@StaffOnly(value = { StaffRole.WINDOW_CLERK, StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD },
			refusal = "casework.task.staffOnly")
	String claim(@PathVariable String id, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> tasks.claim(id))) {
			feedback.done(redirect, "casework.page.claimed");
		}
		return "redirect:/workbench/tasks/" + id;
	}

	@PostMapping("/workbench/tasks/{id}/intake")
	@StaffOnly(value = StaffRole.WINDOW_CLERK, refusal = "casework.task.staffOnly")
	String intake(@PathVariable String id, @RequestParam CaseTasks.IntakeOutcome outcome,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) String correctionField, @RequestParam(required = false) String correctionReason,
			RedirectAttributes redirect) {
		List<CorrectionRequest.Entry> corrections = correctionField == null || correctionField.isBlank() ? List.of()
				: List.of(new CorrectionRequest.Entry(correctionField.strip(),
						correctionReason == null ? "" : correctionReason.strip()));
		return finished(redirect, id, () -> tasks.intake(id, outcome, reason, legalBasis, corrections));
	}

	@PostMapping("/workbench/tasks/{id}/review")
	@StaffOnly(value = StaffRole.REVIEWER, refusal = "casework.task.staffOnly")
	String review(@PathVariable String id, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		return finished(redirect, id, () -> tasks.review(id, opinion));
	}

	@PostMapping("/workbench/tasks/{id}/decision")
	@StaffOnly(value = StaffRole.DEPARTMENT_HEAD, refusal = "casework.task.staffOnly")
	String decide(@PathVariable String id, @RequestParam boolean approve, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String legalBasis, RedirectAttributes redirect) {
		return finished(redirect, id, () -> tasks.decide(id, approve, reason, legalBasis));
	}

	@PostMapping("/workbench/tasks/{id}/extension")
	@StaffOnly(value = { StaffRole.WINDOW_CLERK, StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD },
			refusal = "casework.task.staffOnly")
	String askExtension(@PathVariable String id, @RequestParam(required = false) Integer workingDays,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> extensions.request(id, workingDays, reason))) {
			feedback.done(redirect, "casework.extension.asked.done");
		}
		return "redirect:/workbench/tasks/" + id;
	}

	@PostMapping("/workbench/tasks/{id}/special-procedure")
	@StaffOnly(value = { StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD }, refusal = "casework.specialProcedure.staffOnly")
	String startSpecialProcedure(@PathVariable String id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer expectedDays, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> specialProcedures.start(id, kind, reason, expectedDays))) {
			feedback.done(redirect, "casework.specialProcedure.started.done");
		}
		return "redirect:/workbench/tasks/" + id;
	}

	@PostMapping("/workbench/tasks/{id}/special-procedure/end")
	@StaffOnly(value = { StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD }, refusal = "casework.specialProcedure.staffOnly")
	String endSpecialProcedure(@PathVariable String id, @RequestParam(required = false) String outcome,
			RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> specialProcedures.end(id, outcome))) {
			feedback.done(redirect, "casework.specialProcedure.ended.done");
		}
		return "redirect:/workbench/tasks/" + id;
	}

	@PostMapping("/workbench/extensions/{id}/decision")
	@StaffOnly(value = StaffRole.DEPARTMENT_HEAD, refusal = "casework.extension.headsOnly")
	String decideExtension(@PathVariable long id, @RequestParam(required = false) Boolean approve,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> extensions.decide(id, approve, note == null || note.isBlank() ? null : note))) {
			feedback.done(redirect, Boolean.TRUE.equals(approve) ? "casework.extension.approved"
					: "casework.extension.denied");
		}
		return "redirect:/workbench/tasks";
	}

	/** Back to the list once the step is done; back to the task with the refusal otherwise. */
	private String finished(RedirectAttributes redirect, String id, Runnable step) {
		if (feedback.attempt(redirect, step)) {
			feedback.done(redirect, "casework.page.stepDone");
			return "redirect:/workbench/tasks";
		}
		return "redirect:/workbench/tasks/" + id;
	}
}
