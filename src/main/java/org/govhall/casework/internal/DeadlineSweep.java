package org.govhall.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.govhall.casework.DeadlineNear;
import org.govhall.casework.DeadlinePassed;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.WorkingDays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the branches' clocks: a branch whose promised limit ends within the warning margin is near (an event
 * for supervision), one past its last day is escalated to its department's head (an event, a staff-only timeline
 * entry, the task marked) — never approved silently. Each branch is warned and escalated once, whichever node's
 * sweep gets there first: the marking update is the claim. Paused clocks have no last day and are not swept.
 */
@Component
public class DeadlineSweep {

	private final CaseStore cases;

	private final CaseFlow flow;

	private final WorkingDays workingDays;

	private final CaseworkProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	DeadlineSweep(CaseStore cases, CaseFlow flow, WorkingDays workingDays, CaseworkProperties properties,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.flow = flow;
		this.workingDays = workingDays;
		this.properties = properties;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every few minutes; answers how many branches it warned and escalated. */
	@Scheduled(fixedDelayString = "${govhall.casework.sweep-every:PT5M}", initialDelayString = "PT1M")
	@Transactional
	public int sweep() {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		LocalDate lastNearDay = workingDays.calendar().addWorkingDays(today, properties.warningMargin());
		int count = 0;
		for (CaseStore.BranchRow branch : cases.warnNear(lastNearDay, today, now)) {
			CaseStore.CaseRow c = cases.byNumber(branch.caseNumber()).orElseThrow();
			events.publishEvent(new DeadlineNear(flow.facts(c, branch)));
			count++;
		}
		for (CaseStore.BranchRow branch : cases.escalateOverdue(today, now)) {
			CaseStore.CaseRow c = cases.byNumber(branch.caseNumber()).orElseThrow();
			cases.addTimeline(c.number(), branch.id(), now, "ESCALATED", AuditTrail.SYSTEM, false,
					"已超过承诺时限（" + branch.dueOn() + "），提请部门负责人督办");
			audit.record(AuditEvent.of("casework.escalated").on("case", c.number()).detail("branch", branch.id())
				.detail("dueOn", branch.dueOn()).detail("department", branch.department()));
			events.publishEvent(new DeadlinePassed(flow.facts(c, branch)));
			count++;
		}
		return count;
	}
}
