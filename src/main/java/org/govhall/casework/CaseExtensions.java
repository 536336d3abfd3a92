package org.govhall.casework;

import java.time.Clock;
import java.util.List;

import org.govhall.casework.internal.CaseFlow;
import org.govhall.casework.internal.CaseProcess;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.ExtensionStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.StatutoryClock;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.flowable.task.api.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extending a limit (延长办理时限), only with the head's approval: the staff handling a branch ask for at most ten
 * working days with a reason (《行政许可法》第四十二条), once per branch; the department's head approves — the branch's
 * clock gets the days, the applicant is told the new due date — or denies. A paused clock (corrections) is not
 * extended. Every request and decision is audited.
 */
@Service
public class CaseExtensions {

	/** The most working days one extension adds. */
	public static final int MOST_WORKING_DAYS = 10;

	private final ExtensionStore extensions;

	private final CaseStore cases;

	private final CaseProcess process;

	private final CaseFlow flow;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CaseExtensions(ExtensionStore extensions, CaseStore cases, CaseProcess process, CaseFlow flow, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.extensions = extensions;
		this.cases = cases;
		this.process = process;
		this.flow = flow;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Asks to extend the limit of the task's branch; answers the request, pending. */
	public Extension request(String taskId, Integer workingDays, String reason) {
		StaffMember staff = StaffMember.withAnyRole("casework.task.staffOnly", StaffRole.WINDOW_CLERK,
				StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD);
		if (workingDays == null || workingDays < 1 || workingDays > MOST_WORKING_DAYS) {
			throw ProblemException.invalid("workingDays", "casework.extension.days", MOST_WORKING_DAYS);
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw ProblemException.invalid("reason", "casework.extension.reason");
		}
		Long id = transactions.execute(tx -> {
			Task task = process.task(taskId).orElseThrow(() -> ProblemException.notFound("casework.task.unknown", taskId));
			CaseStore.BranchRow branch = cases.branch(Long.parseLong(task.getCategory())).orElseThrow();
			if (!staff.worksFor(branch.department())) {
				throw ProblemException.forbidden("casework.task.otherDepartment");
			}
			cases.lock(branch.caseNumber()).orElseThrow();
			CaseStore.BranchRow locked = cases.branch(branch.id()).orElseThrow();
			if (locked.clock() == null || locked.clock().state() != StatutoryClock.State.RUNNING) {
				throw ProblemException.conflict("casework.extension.notRunning");
			}
			try {
				long made = extensions.request(locked, workingDays, why, staff.getUsername(), clock.instant())
					.orElseThrow(() -> ProblemException.conflict("casework.extension.once"));
				cases.addTimeline(locked.caseNumber(), locked.id(), clock.instant(), "EXTENSION_REQUESTED",
						staff.getUsername(), false, workingDays + " 个工作日：" + why);
				audit.record(AuditEvent.of("casework.extensionRequested").on("case", locked.caseNumber())
					.detail("branch", locked.id()).detail("workingDays", workingDays));
				return made;
			}
			catch (DuplicateKeyException once) {
				throw ProblemException.conflict("casework.extension.once");
			}
		});
		return extensions.byId(id).orElseThrow();
	}

	/** The requests waiting for the signed-in head's decision, oldest first. */
	public List<Extension> pending() {
		StaffMember head = StaffMember.withAnyRole("casework.extension.headsOnly", StaffRole.DEPARTMENT_HEAD);
		return extensions.pendingOf(head.departmentCode());
	}

	/** The head approves or denies a request of their department. */
	public Extension decide(long id, Boolean approve, String note) {
		StaffMember head = StaffMember.withAnyRole("casework.extension.headsOnly", StaffRole.DEPARTMENT_HEAD);
		if (approve == null) {
			throw ProblemException.invalid("approve", "casework.extension.approveMissing");
		}
		String text = note == null ? null : note.strip();
		if (!approve && (text == null || text.isEmpty())) {
			throw ProblemException.invalid("note", "casework.extension.denialNote");
		}
		if (text != null && text.length() > 500) {
			throw ProblemException.invalid("note", "validation.form.tooLong", 500);
		}
		transactions.executeWithoutResult(tx -> {
			Extension request = extensions.byId(id).filter(e -> head.worksFor(e.department()))
				.orElseThrow(() -> ProblemException.notFound("casework.extension.unknown", id));
			CaseStore.CaseRow c = cases.lock(request.caseNumber()).orElseThrow();
			CaseStore.BranchRow branch = cases.branch(request.branch()).orElseThrow();
			boolean running = branch.clock() != null && branch.clock().state() == StatutoryClock.State.RUNNING;
			if (approve && !running) {
				throw ProblemException.conflict("casework.extension.notRunning");
			}
			if (!extensions.decide(id, approve, head.getUsername(), text, clock.instant())) {
				throw ProblemException.conflict("casework.extension.decided");
			}
			audit.record(AuditEvent.of(approve ? "casework.extensionApproved" : "casework.extensionDenied")
				.on("case", c.number()).detail("branch", branch.id()).detail("extension", id));
			if (approve) {
				flow.extend(c, branch, request.workingDays(), head.getUsername(), request.reason());
			}
			else {
				cases.addTimeline(c.number(), branch.id(), clock.instant(), "EXTENSION_DENIED", head.getUsername(), false,
						text);
			}
		});
		return extensions.byId(id).orElseThrow();
	}
}
