package org.govhall.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.task.api.Task;
import org.govhall.casework.BranchStatus;
import org.govhall.casework.CaseAccepted;
import org.govhall.casework.CaseApproved;
import org.govhall.casework.CaseExtended;
import org.govhall.casework.CaseFacts;
import org.govhall.casework.CaseFinished;
import org.govhall.casework.CaseRefused;
import org.govhall.casework.CaseResumed;
import org.govhall.casework.CaseStatus;
import org.govhall.casework.CaseSubmitted;
import org.govhall.casework.CaseWithdrawn;
import org.govhall.casework.CorrectionRequest;
import org.govhall.casework.CorrectionRequested;
import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.StatutoryClock;
import org.govhall.shared.calendar.WorkingDayCalendar;
import org.govhall.shared.calendar.WorkingDays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The life of a case after submission, step by step, each in the caller's transaction with the case row locked:
 * the process engine moves, the branches' statuses and clocks follow it, the timeline, the audit trail, the
 * applicant's notifications and the events say what happened. Who may take a step is checked by the callers
 * ({@code CaseTasks}, {@code Cases}); this class only keeps the case consistent.
 */
@Component
public class CaseFlow {

	private final CaseStore cases;

	private final CaseProcess process;

	private final WorkingDays workingDays;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ApplicantTexts texts;

	private final OrganisationDirectory directory;

	private final SpecialProcedureStore specialProcedures;

	private final Clock clock;

	CaseFlow(CaseStore cases, CaseProcess process, WorkingDays workingDays, AuditTrail audit,
			ApplicationEventPublisher events, ApplicantTexts texts, OrganisationDirectory directory,
			SpecialProcedureStore specialProcedures, Clock clock) {
		this.cases = cases;
		this.specialProcedures = specialProcedures;
		this.process = process;
		this.workingDays = workingDays;
		this.audit = audit;
		this.events = events;
		this.texts = texts;
		this.directory = directory;
		this.clock = clock;
	}

	/** Opens a submitted case: its branches stage by stage, its process, the first stage's clocks. */
	public void open(CaseStore.CaseRow row, List<List<CaseStore.NewBranch>> stages, String actor) {
		cases.insertCase(row);
		List<List<Long>> ids = new ArrayList<>();
		Map<Long, String> departments = new LinkedHashMap<>();
		for (List<CaseStore.NewBranch> stage : stages) {
			List<Long> stageIds = new ArrayList<>();
			for (CaseStore.NewBranch branch : stage) {
				long id = cases.insertBranch(row.number(), branch);
				stageIds.add(id);
				departments.put(id, branch.department());
			}
			ids.add(stageIds);
		}
		String instance = process.start(row.number(), ids, departments);
		cases.setProcess(row.number(), instance);
		Instant now = clock.instant();
		cases.addTimeline(row.number(), null, now, "SUBMITTED", actor, true, row.title());
		CaseStore.CaseRow opened = cases.byNumber(row.number()).orElseThrow();
		follow(opened);
		CaseStore.BranchRow first = cases.branches(row.number()).get(0);
		events.publishEvent(new CaseSubmitted(facts(opened, row.bundleCode() == null ? first : null)));
		audit.record(AuditEvent.of("casework.submitted").on("case", row.number()).by(actor)
			.detail("title", row.title()).detail("branches", departments.size()));
		tell(opened, "您的申请“" + opened.title() + "”已提交，办件编号 " + opened.number() + "。");
	}

	/** 受理: accepts a branch; its review begins. */
	public void accept(CaseStore.CaseRow c, CaseStore.BranchRow branch, Task task, String by) {
		process.complete(task.getId(), "ACCEPTED", false);
		cases.addTimeline(c.number(), branch.id(), clock.instant(), "ACCEPTED", by, true, branch.itemName());
		audit.record(AuditEvent.of("casework.accepted").on("case", c.number()).by(by).detail("branch", branch.id()));
		CaseStore.CaseRow now = follow(c);
		events.publishEvent(new CaseAccepted(facts(now, reread(branch))));
		tell(now, branch.itemName() + "：" + department(branch) + "已受理您的申请（" + c.number() + "）。");
	}

	/**
	 * 一次性告知补正: asks once for every correction of a branch; its clock pauses until the applicant hands them in.
	 */
	public void askCorrections(CaseStore.CaseRow c, CaseStore.BranchRow branch, Task task, String by,
			List<CorrectionRequest.Entry> entries) {
		cases.askCorrections(branch.id(), entries);
		process.complete(task.getId(), "CORRECTION", false);
		String detail = String.join("；", entries.stream().map(e -> e.field() + "：" + e.reason()).toList());
		cases.addTimeline(c.number(), branch.id(), clock.instant(), "CORRECTION_REQUESTED", by, true, detail);
		audit.record(AuditEvent.of("casework.correctionRequested").on("case", c.number()).by(by)
			.detail("branch", branch.id()).detail("entries", entries.size()));
		CaseStore.CaseRow now = follow(c);
		events.publishEvent(new CorrectionRequested(facts(now, reread(branch))));
		tell(now, branch.itemName() + "：请按一次性告知补正您的申请（" + c.number() + "），补正期间办理时限暂停计算。");
	}

	/** 不予受理: refuses to accept a branch, with reason and legal basis; the whole case ends. */
	public void notAccepted(CaseStore.CaseRow c, CaseStore.BranchRow branch, Task task, String by, String reason,
			String basis) {
		cases.decide(branch.id(), BranchStatus.NOT_ACCEPTED, by, clock.instant(), reason, basis);
		process.complete(task.getId(), "NOT_ACCEPTED", true);
		cases.addTimeline(c.number(), branch.id(), clock.instant(), "NOT_ACCEPTED", by, true,
				reason + "（依据：" + basis + "）");
		audit.record(AuditEvent.of("casework.notAccepted").on("case", c.number()).by(by).detail("branch", branch.id())
			.detail("legalBasis", basis).because(reason));
		CaseStore.CaseRow now = follow(c);
		events.publishEvent(new CaseRefused(facts(now, reread(branch)), reason, basis));
	}

	/** 审查: the reviewer's opinion; the head decides next. */
	public void reviewed(CaseStore.CaseRow c, CaseStore.BranchRow branch, Task task, String by, String opinion) {
		process.complete(task.getId(), "REVIEWED", false);
		cases.addTimeline(c.number(), branch.id(), clock.instant(), "REVIEWED", by, true, branch.itemName());
		if (opinion != null && !opinion.isBlank()) {
			cases.addNote(c.number(), branch.id(), by, branch.department(), clock.instant(), "审查意见：" + opinion.strip());
		}
		audit.record(AuditEvent.of("casework.reviewed").on("case", c.number()).by(by).detail("branch", branch.id()));
		follow(c);
	}

	/** 决定: approves or refuses a branch; a refusal ends the case with one combined decision. */
	public void decided(CaseStore.CaseRow c, CaseStore.BranchRow branch, Task task, String by, boolean approve,
			String reason, String basis) {
		BranchStatus status = approve ? BranchStatus.APPROVED : BranchStatus.REFUSED;
		cases.decide(branch.id(), status, by, clock.instant(), reason, basis);
		process.complete(task.getId(), status.name(), !approve);
		cases.addTimeline(c.number(), branch.id(), clock.instant(), status.name(), by, true,
				approve ? branch.itemName() : reason + "（依据：" + basis + "）");
		audit.record(AuditEvent.of(approve ? "casework.approved" : "casework.refused").on("case", c.number()).by(by)
			.detail("branch", branch.id()).detail("legalBasis", basis == null ? "" : basis)
			.because(reason == null ? "" : reason));
		CaseStore.CaseRow now = follow(c);
		CaseFacts facts = facts(now, reread(branch));
		events.publishEvent(approve ? new CaseApproved(facts) : new CaseRefused(facts, reason, basis));
		if (approve) {
			tell(now, branch.itemName() + "：" + department(branch) + "已作出准予决定（" + c.number() + "）。");
		}
	}

	/** The applicant handed in the corrections: every branch waiting for them resumes, its clock runs again. */
	public void corrected(CaseStore.CaseRow c, String by) {
		LocalDate today = LocalDate.now(clock);
		for (CaseStore.BranchRow branch : cases.branches(c.number())) {
			if (branch.status() != BranchStatus.CORRECTION) {
				continue;
			}
			StatutoryClock resumed = branch.clock().resume(today);
			saveClock(branch, BranchStatus.INTAKE, resumed);
			process.corrected(c.processInstance(), branch.id());
			cases.addTimeline(c.number(), branch.id(), clock.instant(), "RESUMED", by, true, branch.itemName());
			audit.record(AuditEvent.of("casework.resumed").on("case", c.number()).by(by).detail("branch", branch.id()));
			events.publishEvent(new CaseResumed(facts(c, reread(branch))));
		}
		follow(c);
	}

	/** The applicant withdrew the case: the process ends, open branches stop. */
	public void withdraw(CaseStore.CaseRow c, String by, String reason) {
		process.end(c.processInstance(), "withdrawn: " + reason);
		stopBranches(c, "申请人撤回申请");
		cases.setStatus(c.number(), CaseStatus.WITHDRAWN, clock.instant(), reason);
		cases.addTimeline(c.number(), null, clock.instant(), "WITHDRAWN", by, true, reason);
		audit.record(AuditEvent.of("casework.withdrawn").on("case", c.number()).by(by).because(reason));
		CaseStore.CaseRow now = cases.byNumber(c.number()).orElseThrow();
		events.publishEvent(new CaseWithdrawn(facts(now, null), reason));
		events.publishEvent(new CaseFinished(facts(now, null), CaseStatus.WITHDRAWN));
	}

	/** An approved extension: the branch's clock gets the working days; the applicant learns the new due date. */
	public void extend(CaseStore.CaseRow c, CaseStore.BranchRow branch, int workingDays, String by, String reason) {
		saveClock(branch, branch.status(), branch.clock().extend(workingDays));
		CaseStore.BranchRow extended = reread(branch);
		cases.addTimeline(c.number(), branch.id(), clock.instant(), "EXTENDED", by, true,
				branch.itemName() + "：延长 " + workingDays + " 个工作日（" + reason + "）");
		audit.record(AuditEvent.of("casework.extended").on("case", c.number()).by(by).detail("branch", branch.id())
			.detail("workingDays", workingDays).detail("dueOn", String.valueOf(extended.dueOn())));
		events.publishEvent(new CaseExtended(facts(c, extended), workingDays));
		tell(c, branch.itemName() + "：" + department(branch) + "经负责人批准将办理时限延长 " + workingDays
				+ " 个工作日（" + reason + "），新的承诺办结日为 " + extended.dueOn() + "（" + c.number() + "）。");
	}

	/**
	 * Brings the branches and the case in line with the process: a branch whose stage began gets its clock, a
	 * branch waiting for corrections has it paused, an ended process finishes the case.
	 */
	CaseStore.CaseRow follow(CaseStore.CaseRow c) {
		LocalDate today = LocalDate.now(clock);
		boolean running = process.running(c.processInstance());
		Map<Long, CaseProcess.Step> steps = new LinkedHashMap<>();
		Set<Long> waiting = Set.of();
		if (running) {
			for (Task task : process.openTasks(c.processInstance())) {
				CaseProcess.Step.ofTask(task.getTaskDefinitionKey())
					.ifPresent(step -> steps.put(Long.valueOf(task.getCategory()), step));
			}
			waiting = process.waitingForCorrections(c.processInstance());
		}
		List<CaseStore.BranchRow> branches = cases.branches(c.number());
		for (CaseStore.BranchRow branch : branches) {
			if (!branch.status().open() && branch.status() != BranchStatus.WAITING) {
				continue;
			}
			BranchStatus next = steps.containsKey(branch.id()) ? statusOf(steps.get(branch.id()))
					: waiting.contains(branch.id()) ? BranchStatus.CORRECTION
					: running ? branch.status() : BranchStatus.STOPPED;
			if (branch.status() == BranchStatus.WAITING && next.open()) {
				saveClock(branch, next, StatutoryClock.start(branchStartDay(c, today), branch.promisedLimit()));
			}
			else if (next == BranchStatus.CORRECTION && branch.status() != BranchStatus.CORRECTION) {
				saveClock(branch, next, branch.clock().pause(today));
			}
			else if (next != branch.status()) {
				if (next == BranchStatus.APPROVED || next == BranchStatus.STOPPED) {
					saveClock(branch, next, branch.clock() == null ? null : closed(branch.clock(), today));
				}
				else {
					saveClock(branch, next, branch.clock());
				}
			}
		}
		if (!running && !c.status().finished()) {
			finish(c);
		}
		else if (running) {
			cases.setStatus(c.number(), caseStatus(cases.branches(c.number())), null, null);
		}
		return cases.byNumber(c.number()).orElseThrow();
	}

	private void finish(CaseStore.CaseRow c) {
		List<CaseStore.BranchRow> branches = cases.branches(c.number());
		Optional<CaseStore.BranchRow> refusing = branches.stream()
			.filter(b -> b.status() == BranchStatus.REFUSED || b.status() == BranchStatus.NOT_ACCEPTED).findFirst();
		CaseStatus outcome = refusing.map(b -> b.status() == BranchStatus.REFUSED ? CaseStatus.REFUSED
				: CaseStatus.NOT_ACCEPTED).orElse(CaseStatus.APPROVED);
		String reason = refusing.map(b -> b.itemName() + "：" + b.decisionReason()).orElse(null);
		stopBranches(c, "办件已办结");
		cases.setStatus(c.number(), outcome, clock.instant(), reason);
		cases.addTimeline(c.number(), null, clock.instant(), "FINISHED", AuditTrail.SYSTEM, true, outcome.name());
		CaseStore.CaseRow finished = cases.byNumber(c.number()).orElseThrow();
		events.publishEvent(new CaseFinished(facts(finished, null), outcome));
		tell(finished, outcome == CaseStatus.APPROVED
				? "您的办件 " + c.number() + "（" + c.title() + "）已办结：准予。"
				: "您的办件 " + c.number() + "（" + c.title() + "）已办结：" + (outcome == CaseStatus.REFUSED ? "不予批准" : "不予受理")
						+ "。理由见办件详情。");
	}

	/** Stops the case's open branches; a special procedure still running on one of them ends with it. */
	private void stopBranches(CaseStore.CaseRow c, String why) {
		cases.stopOpenBranches(c.number());
		specialProcedures.endAllOf(c.number(), AuditTrail.SYSTEM, clock.instant(), LocalDate.now(clock), why);
	}

	/** The first stage's clock runs from the day of submission, a later stage's from the day it begins. */
	private static LocalDate branchStartDay(CaseStore.CaseRow c, LocalDate today) {
		return c.submittedOn().isAfter(today) ? c.submittedOn() : today;
	}

	private static StatutoryClock closed(StatutoryClock running, LocalDate today) {
		return running.state() == StatutoryClock.State.RUNNING ? running.pause(today) : running;
	}

	/** Saves a branch's status and clock with the promised and legal due dates the clock gives. */
	void saveClock(CaseStore.BranchRow branch, BranchStatus status, StatutoryClock statutory) {
		WorkingDayCalendar calendar = workingDays.calendar();
		LocalDate due = statutory == null ? null : statutory.deadline(calendar).orElse(null);
		LocalDate legalDue = statutory == null ? null
				: new StatutoryClock(branch.legalLimit(), statutory.extension(), statutory.periods()).deadline(calendar)
					.orElse(null);
		cases.saveBranch(branch.id(), status, statutory, due, legalDue);
	}

	private static BranchStatus statusOf(CaseProcess.Step step) {
		return switch (step) {
			case INTAKE -> BranchStatus.INTAKE;
			case REVIEW -> BranchStatus.REVIEW;
			case DECISION -> BranchStatus.DECISION;
		};
	}

	private static CaseStatus caseStatus(List<CaseStore.BranchRow> branches) {
		if (branches.stream().anyMatch(b -> b.status() == BranchStatus.CORRECTION)) {
			return CaseStatus.CORRECTION;
		}
		boolean accepted = branches.stream().anyMatch(b -> b.status() == BranchStatus.REVIEW
				|| b.status() == BranchStatus.DECISION || b.status() == BranchStatus.APPROVED);
		return accepted ? CaseStatus.IN_PROGRESS : CaseStatus.SUBMITTED;
	}

	CaseStore.BranchRow reread(CaseStore.BranchRow branch) {
		return cases.branch(branch.id()).orElse(branch);
	}

	/** The facts of an event about the case and, if given, one branch. */
	CaseFacts facts(CaseStore.CaseRow c, CaseStore.BranchRow branch) {
		LocalDate today = LocalDate.now(clock);
		StatutoryClock statutory = branch == null ? null : branch.clock();
		int used = statutory == null ? 0 : statutory.usedWorkingDays(workingDays.calendar(), today);
		return new CaseFacts(c.number(), branch != null ? branch.itemCode() : c.itemCode(), c.bundleCode(),
				branch == null ? null : branch.department(), c.kind(), c.personAccount(), c.creditCode(),
				clock.instant(), branch == null ? null : branch.dueOn(), used,
				statutory == null ? 0 : statutory.totalLimit(),
				statutory != null && statutory.state() == StatutoryClock.State.PAUSED);
	}

	/** The department's name as the applicant reads it (its code if the directory does not know it). */
	String department(CaseStore.BranchRow branch) {
		return directory.departmentByCode(branch.department()).map(DepartmentSummary::nameZh)
			.orElse(branch.department());
	}

	/** An in-app notification and a text message to the applicant, sent once the step commits. */
	void tell(CaseStore.CaseRow c, String text) {
		cases.notify(c.personAccount(), c.number(), clock.instant(), text);
		texts.queue(c.personAccount(), c.number(), "【政务服务】" + text);
	}
}
