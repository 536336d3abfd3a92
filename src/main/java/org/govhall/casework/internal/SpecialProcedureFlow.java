package org.govhall.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.govhall.casework.SpecialProcedure;
import org.govhall.casework.SpecialProcedureEnded;
import org.govhall.casework.SpecialProcedureStarted;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.WorkingDays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A branch's special procedure (特别程序) in the caller's transaction, its case locked: starting one pauses the
 * branch's statutory clock at the end of the day, ending it resumes the clock from the next day and recomputes the
 * due dates; each is in the timeline, audited, told to the applicant and published. Who may is checked by the
 * caller ({@code SpecialProcedures}).
 */
@Component
public class SpecialProcedureFlow {

	private final SpecialProcedureStore procedures;

	private final CaseStore cases;

	private final CaseFlow flow;

	private final WorkingDays workingDays;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SpecialProcedureFlow(SpecialProcedureStore procedures, CaseStore cases, CaseFlow flow, WorkingDays workingDays,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.procedures = procedures;
		this.cases = cases;
		this.flow = flow;
		this.workingDays = workingDays;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Starts a procedure on a branch whose clock runs; DuplicateKeyException when one runs already. */
	public long start(CaseStore.CaseRow c, CaseStore.BranchRow branch, String kind, String reason, int expectedDays,
			String by) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		long id = procedures.start(branch, kind, reason, expectedDays, by, now, today);
		flow.saveClock(branch, branch.status(), branch.clock().pause(today));
		cases.addTimeline(c.number(), branch.id(), now, "SPECIAL_PROCEDURE_STARTED", by, true,
				branch.itemName() + "：" + kind + "（" + reason + "），预计 " + expectedDays + " 日，期间不计入办理时限");
		audit.record(AuditEvent.of("casework.specialProcedureStarted").on("case", c.number()).by(by)
			.detail("branch", branch.id()).detail("kind", kind).detail("expectedDays", expectedDays).because(reason));
		events.publishEvent(new SpecialProcedureStarted(flow.facts(c, flow.reread(branch)), kind, expectedDays));
		flow.tell(c, branch.itemName() + "：" + flow.department(branch) + "依法需要" + kind + "，预计 " + expectedDays
				+ " 日，所需时间不计入办理时限（" + c.number() + "）。");
		return id;
	}

	/** Ends the branch's running procedure: its clock runs again and its due dates move. */
	public SpecialProcedure end(CaseStore.CaseRow c, CaseStore.BranchRow branch, SpecialProcedure running,
			String outcome, String by) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		procedures.end(branch.id(), by, now, today, outcome);
		flow.saveClock(branch, branch.status(), branch.clock().resume(today));
		CaseStore.BranchRow resumed = flow.reread(branch);
		int paused = Math.max(0, workingDays.calendar().workingDaysBetween(running.startedOn(), today));
		cases.addTimeline(c.number(), branch.id(), now, "SPECIAL_PROCEDURE_ENDED", by, true,
				branch.itemName() + "：" + running.kind() + "结束，" + paused + " 个工作日不计入办理时限，承诺办结日为 "
						+ resumed.dueOn());
		audit.record(AuditEvent.of("casework.specialProcedureEnded").on("case", c.number()).by(by)
			.detail("branch", branch.id()).detail("kind", running.kind()).detail("pausedWorkingDays", paused)
			.detail("dueOn", String.valueOf(resumed.dueOn())));
		events.publishEvent(new SpecialProcedureEnded(flow.facts(c, resumed), running.kind(), paused));
		flow.tell(c, branch.itemName() + "：" + running.kind() + "已结束，办理时限继续计算，新的承诺办结日为 " + resumed.dueOn()
				+ "（" + c.number() + "）。");
		return procedures.byId(running.id()).orElseThrow();
	}
}
