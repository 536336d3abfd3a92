package org.govhall.casework;

import java.util.List;

import org.flowable.task.api.Task;
import org.govhall.casework.internal.CaseProcess;
import org.govhall.casework.internal.CaseSteps;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.SpecialProcedureFlow;
import org.govhall.casework.internal.SpecialProcedureStore;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemContent;
import org.govhall.shared.calendar.StatutoryClock;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Special procedures whose time does not count toward the limit (特别程序, 《行政许可法》第四十五条: 听证, 招标, 拍卖, 检验,
 * 检测, 检疫, 鉴定, 专家评审 …). A reviewer or head of the branch's department starts one on an accepted branch, of a kind
 * its item's guide names among its 特殊环节 not counted toward the limit, with a reason and the days it is expected to
 * take; the branch's clock pauses, no review or decision is taken and the deadline sweep leaves the branch alone
 * until it ends; ending it resumes the clock and moves the due date. One runs at a time per branch (409 otherwise);
 * another department's task answers 403. Every start and end is audited, in the timeline and told to the applicant.
 */
@Service
public class SpecialProcedures {

	/** The most days one special procedure is expected to take. */
	public static final int MOST_DAYS = 365;

	private final CaseProcess process;

	private final CaseStore cases;

	private final SpecialProcedureStore procedures;

	private final SpecialProcedureFlow flow;

	private final Catalogue catalogue;

	private final CaseSteps steps;

	SpecialProcedures(CaseProcess process, CaseStore cases, SpecialProcedureStore procedures, SpecialProcedureFlow flow,
			Catalogue catalogue, CaseSteps steps) {
		this.process = process;
		this.cases = cases;
		this.procedures = procedures;
		this.flow = flow;
		this.catalogue = catalogue;
		this.steps = steps;
	}

	/** The kinds the task's branch may have and the procedures it had. */
	public BranchSpecialProcedures of(String taskId) {
		CaseStore.BranchRow branch = branchOf(staff(), taskId);
		return new BranchSpecialProcedures(allowed(branch), procedures.ofBranch(branch.id()));
	}

	/** Starts a special procedure on the task's branch; its clock pauses. */
	public SpecialProcedure start(String taskId, String kind, String reason, Integer expectedDays) {
		StaffMember staff = staff();
		String what = kind == null ? "" : kind.strip();
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw ProblemException.invalid("reason", "casework.specialProcedure.reason");
		}
		if (expectedDays == null || expectedDays < 1 || expectedDays > MOST_DAYS) {
			throw ProblemException.invalid("expectedDays", "casework.specialProcedure.days", MOST_DAYS);
		}
		return steps.run(() -> {
			CaseStore.BranchRow branch = branchOf(staff, taskId);
			List<String> kinds = allowed(branch).stream().map(ItemContent.SpecialProcedure::name).toList();
			if (!kinds.contains(what)) {
				throw kinds.isEmpty() ? ProblemException.invalid("kind", "casework.specialProcedure.noneAllowed")
						: ProblemException.invalid("kind", "casework.specialProcedure.kind", String.join("、", kinds));
			}
			CaseStore.CaseRow c = cases.lock(branch.caseNumber()).orElseThrow();
			CaseStore.BranchRow locked = cases.branch(branch.id()).orElseThrow();
			if (locked.status() != BranchStatus.REVIEW && locked.status() != BranchStatus.DECISION) {
				throw ProblemException.conflict("casework.specialProcedure.notAccepted");
			}
			if (procedures.running(locked.id()).isPresent()) {
				throw ProblemException.conflict("casework.specialProcedure.running");
			}
			if (locked.clock() == null || locked.clock().state() != StatutoryClock.State.RUNNING) {
				throw ProblemException.conflict("casework.specialProcedure.clockPaused");
			}
			try {
				long id = flow.start(c, locked, what, why, expectedDays, staff.getUsername());
				return procedures.byId(id).orElseThrow();
			}
			catch (DuplicateKeyException running) {
				throw ProblemException.conflict("casework.specialProcedure.running");
			}
		});
	}

	/** Ends the special procedure running on the task's branch; its clock runs again, its due date moves. */
	public SpecialProcedure end(String taskId, String outcome) {
		StaffMember staff = staff();
		String text = outcome == null || outcome.isBlank() ? null : outcome.strip();
		if (text != null && text.length() > 500) {
			throw ProblemException.invalid("outcome", "validation.form.tooLong", 500);
		}
		return steps.run(() -> {
			CaseStore.BranchRow branch = branchOf(staff, taskId);
			CaseStore.CaseRow c = cases.lock(branch.caseNumber()).orElseThrow();
			CaseStore.BranchRow locked = cases.branch(branch.id()).orElseThrow();
			SpecialProcedure running = procedures.running(locked.id())
				.orElseThrow(() -> ProblemException.conflict("casework.specialProcedure.none"));
			return flow.end(c, locked, running, text, staff.getUsername());
		});
	}

	private static StaffMember staff() {
		return StaffMember.withAnyRole("casework.specialProcedure.staffOnly", StaffRole.REVIEWER,
				StaffRole.DEPARTMENT_HEAD);
	}

	/** The task's branch, if the staff member's department handles it. */
	private CaseStore.BranchRow branchOf(StaffMember staff, String taskId) {
		Task task = process.task(taskId).orElseThrow(() -> ProblemException.notFound("casework.task.unknown", taskId));
		CaseStore.BranchRow branch = cases.branch(Long.parseLong(task.getCategory())).orElseThrow();
		if (!staff.worksFor(branch.department())) {
			throw ProblemException.forbidden("casework.task.otherDepartment");
		}
		return branch;
	}

	/** The special procedures of the branch's item version whose time does not count toward the limit. */
	private List<ItemContent.SpecialProcedure> allowed(CaseStore.BranchRow branch) {
		return catalogue.version(branch.itemCode(), branch.itemVersion())
			.filter(item -> item.content().guide() != null)
			.map(item -> item.content().guide().specialProcedures().stream().filter(p -> !p.countsTowardLimit())
				.toList())
			.orElse(List.of());
	}
}
