package org.govhall.casework;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.flowable.task.api.Task;
import org.govhall.casework.internal.CaseFlow;
import org.govhall.casework.internal.CaseProcess;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.CaseSteps;
import org.govhall.casework.internal.SpecialProcedureStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Department staff's tasks (待办): the open steps of their department's branches that their roles may take —
 * intake for window clerks, review for reviewers, decision for heads — claimed and released, and completed with
 * their outcome. Another department's task answers 403; a task claimed by a colleague 409, a step of a branch in a
 * special procedure 409 until it ends. Each claim, release and step locks its case first, so that they run one
 * after another on parallel branches of one case, and runs again on an engine conflict ({@link CaseSteps}): no
 * optimistic-locking failure of the engine reaches a user.
 */
@Service
public class CaseTasks {

	private final CaseProcess process;

	private final CaseStore cases;

	private final CaseFlow flow;

	private final AuditTrail audit;

	private final CaseSteps steps;

	private final SpecialProcedureStore specialProcedures;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CaseTasks(CaseProcess process, CaseStore cases, CaseFlow flow, AuditTrail audit, CaseSteps steps,
			SpecialProcedureStore specialProcedures, TransactionTemplate transactions, Clock clock) {
		this.process = process;
		this.specialProcedures = specialProcedures;
		this.cases = cases;
		this.flow = flow;
		this.audit = audit;
		this.steps = steps;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** How intake ends. */
	public enum IntakeOutcome {
		ACCEPT, CORRECTION, NOT_ACCEPTED
	}

	/** The signed-in staff member's department's open tasks that their roles may take, oldest first. */
	public List<CaseTask> mine(int page, int size) {
		StaffMember staff = StaffMember.withAnyRole("casework.task.staffOnly", StaffRole.WINDOW_CLERK,
				StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD);
		int s = Math.min(100, Math.max(1, size));
		List<Task> tasks = process.tasksOf(staff.departmentCode(), staff.roles(), Math.max(0, page) * s, s);
		Map<Long, CaseStore.BranchRow> branches = cases.branchesById(tasks.stream().map(CaseTasks::branchOf).toList());
		Map<String, CaseStore.CaseRow> files = cases.byNumbers(
				branches.values().stream().map(CaseStore.BranchRow::caseNumber).distinct().toList());
		return tasks.stream().map(t -> {
			CaseStore.BranchRow branch = branches.get(branchOf(t));
			return view(t, branch, files.get(branch.caseNumber()));
		}).toList();
	}

	public CaseTask get(String taskId) {
		return view(authorised(taskId));
	}

	public CaseTask claim(String taskId) {
		return steps.run(() -> {
			Authorised a = locked(taskId);
			if (a.task().getAssignee() != null && !a.task().getAssignee().equals(a.staff().getUsername())) {
				throw ProblemException.conflict("casework.task.claimedByOther", a.task().getAssignee());
			}
			if (a.task().getAssignee() == null) {
				process.claim(taskId, a.staff().getUsername());
			}
			return view(new Authorised(a.staff(), process.task(taskId).orElseThrow(), a.branch()));
		});
	}

	public CaseTask release(String taskId) {
		return steps.run(() -> {
			Authorised a = locked(taskId);
			if (a.task().getAssignee() != null && !a.task().getAssignee().equals(a.staff().getUsername())
					&& !a.staff().hasRole(StaffRole.DEPARTMENT_HEAD)) {
				throw ProblemException.conflict("casework.task.claimedByOther", a.task().getAssignee());
			}
			process.release(taskId);
			return view(new Authorised(a.staff(), process.task(taskId).orElseThrow(), a.branch()));
		});
	}

	/**
	 * 受理: accept; ask once for corrections, naming every entry and material to put right; or refuse to accept
	 * with reason and legal basis.
	 */
	public void intake(String taskId, IntakeOutcome outcome, String reason, String legalBasis,
			List<CorrectionRequest.Entry> corrections) {
		act(taskId, CaseProcess.Step.INTAKE, (a, c, branch) -> {
			switch (outcome) {
				case ACCEPT -> flow.accept(c, branch, a.task(), a.staff().getUsername());
				case CORRECTION -> {
					if (branch.correctionsAsked() > 0) {
						throw ProblemException.conflict("casework.correction.onlyOnce");
					}
					if (corrections == null || corrections.isEmpty()) {
						throw ProblemException.invalid("corrections", "casework.correction.entries");
					}
					for (int i = 0; i < corrections.size(); i++) {
						CorrectionRequest.Entry e = corrections.get(i);
						if (e == null || blank(e.field()) || blank(e.reason())) {
							throw ProblemException.invalid("corrections[" + i + "]", "casework.correction.entry");
						}
					}
					flow.askCorrections(c, branch, a.task(), a.staff().getUsername(), List.copyOf(corrections));
				}
				case NOT_ACCEPTED -> flow.notAccepted(c, branch, a.task(), a.staff().getUsername(),
						required("reason", reason), required("legalBasis", legalBasis));
			}
		});
	}

	/** 审查: the reviewer's opinion; the head decides next. */
	public void review(String taskId, String opinion) {
		act(taskId, CaseProcess.Step.REVIEW,
				(a, c, branch) -> flow.reviewed(c, branch, a.task(), a.staff().getUsername(), opinion));
	}

	/** 决定: approve, or refuse with reason and legal basis (the whole case ends with one combined decision). */
	public void decide(String taskId, boolean approve, String reason, String legalBasis) {
		act(taskId, CaseProcess.Step.DECISION, (a, c, branch) -> flow.decided(c, branch, a.task(),
				a.staff().getUsername(), approve, approve ? reason : required("reason", reason),
				approve ? legalBasis : required("legalBasis", legalBasis)));
	}

	/** An internal note on the task's branch, for colleagues only. */
	public void note(String taskId, String body) {
		String text = required("body", body);
		if (text.length() > 2000) {
			throw ProblemException.invalid("body", "validation.form.tooLong", 2000);
		}
		transactions.executeWithoutResult(tx -> {
			Authorised a = authorised(taskId);
			long branch = a.branch().id();
			String number = a.branch().caseNumber();
			cases.addNote(number, branch, a.staff().getUsername(), a.staff().departmentCode(), clock.instant(), text);
			audit.record(AuditEvent.of("casework.noteAdded").on("case", number).detail("branch", branch));
		});
	}

	/** The internal notes of the task's case. */
	public List<CaseStore.Note> notes(String taskId) {
		return cases.notes(authorised(taskId).branch().caseNumber());
	}

	private interface Step {
		void take(Authorised authorised, CaseStore.CaseRow c, CaseStore.BranchRow branch);
	}

	private void act(String taskId, CaseProcess.Step expected, Step step) {
		steps.run(() -> {
			Authorised a = locked(taskId);
			if (CaseProcess.Step.ofTask(a.task().getTaskDefinitionKey()).orElse(null) != expected) {
				throw ProblemException.conflict("casework.task.otherStep", a.task().getName());
			}
			if (a.task().getAssignee() != null && !a.task().getAssignee().equals(a.staff().getUsername())) {
				throw ProblemException.conflict("casework.task.claimedByOther", a.task().getAssignee());
			}
			specialProcedures.running(a.branch().id()).ifPresent(running -> {
				throw ProblemException.conflict("casework.specialProcedure.stepsWait", running.kind());
			});
			step.take(a, cases.byNumber(a.branch().caseNumber()).orElseThrow(), a.branch());
		});
	}

	/**
	 * The task with its case locked ({@code select … for update}): claims, releases and steps on one case run one
	 * after another, each reading the task again under the lock (a colleague may have claimed or completed it).
	 */
	private Authorised locked(String taskId) {
		cases.lock(authorised(taskId).branch().caseNumber()).orElseThrow();
		return authorised(taskId);
	}

	private record Authorised(StaffMember staff, Task task, CaseStore.BranchRow branch) {
	}

	/** The task if the signed-in staff member's department holds it and their role may take its step. */
	private Authorised authorised(String taskId) {
		StaffMember staff = StaffMember.withAnyRole("casework.task.staffOnly", StaffRole.WINDOW_CLERK,
				StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD);
		Task task = process.task(taskId).orElseThrow(() -> ProblemException.notFound("casework.task.unknown", taskId));
		CaseStore.BranchRow branch = cases.branch(branchOf(task)).orElseThrow();
		if (!staff.worksFor(branch.department())) {
			throw ProblemException.forbidden("casework.task.otherDepartment");
		}
		CaseProcess.Step step = CaseProcess.Step.ofTask(task.getTaskDefinitionKey()).orElseThrow();
		if (!staff.hasRole(step.role())) {
			throw ProblemException.forbidden("casework.task.role",
					new DefaultMessageSourceResolvable(
							new String[] { step.role().labelKey() }, step.role().name()));
		}
		return new Authorised(staff, task, branch);
	}

	/** The branch a task belongs to: the process names it in the task's category. */
	private static long branchOf(Task task) {
		return Long.parseLong(task.getCategory());
	}

	private CaseTask view(Authorised a) {
		return view(a.task(), a.branch(), cases.byNumber(a.branch().caseNumber()).orElseThrow());
	}

	private static CaseTask view(Task task, CaseStore.BranchRow branch, CaseStore.CaseRow c) {
		String applicant = c.companyName() == null ? c.personName() : c.companyName() + "（" + c.personName() + "）";
		return new CaseTask(task.getId(), task.getTaskDefinitionKey(), c.number(), c.title(), branch.id(),
				branch.itemName(), branch.department().toUpperCase(Locale.ROOT), applicant, task.getAssignee(),
				task.getCreateTime().toInstant(), branch.dueOn(), branch.escalatedAt() != null);
	}

	private static String required(String field, String value) {
		if (blank(value)) {
			throw ProblemException.invalid(field, "casework.decision." + field);
		}
		return value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
