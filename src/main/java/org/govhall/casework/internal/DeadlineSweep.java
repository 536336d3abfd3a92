package org.govhall.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.govhall.casework.DeadlineNear;
import org.govhall.casework.DeadlinePassed;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the branches' clocks: a branch whose promised limit ends within the warning margin is near (an event
 * for supervision), one past its last day is escalated to its department's head (an event, a staff-only timeline
 * entry, the task marked) — never approved silently. Each branch is warned and escalated once, whichever node's
 * sweep gets there first: the marking update is the claim, taken batch by batch ({@code govhall.casework.sweep-batch}
 * branches, {@code for update skip locked}), each batch in its own transaction with its events, so that two nodes
 * sweeping at once share the work and the sweep never holds every due branch in memory. Paused clocks —
 * corrections, special procedures (特别程序) — are not swept, even when their last day passed before the pause.
 */
@Component
public class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	private final CaseStore cases;

	private final CaseFlow flow;

	private final WorkingDays workingDays;

	private final CaseworkProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineSweep(CaseStore cases, CaseFlow flow, WorkingDays workingDays, CaseworkProperties properties,
			ApplicationEventPublisher events, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.cases = cases;
		this.flow = flow;
		this.workingDays = workingDays;
		this.properties = properties;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every few minutes; answers how many branches this sweep warned and escalated. */
	@Scheduled(fixedDelayString = "${govhall.casework.sweep-every:PT5M}",
			initialDelayString = "${govhall.casework.sweep-first-after:PT1M}")
	public int sweep() {
		LocalDate today = LocalDate.now(clock);
		LocalDate lastNearDay = workingDays.calendar().addWorkingDays(today, properties.warningMargin());
		int batch = Math.max(1, properties.sweepBatch());
		int warned = inBatches(batch, now -> cases.warnNear(lastNearDay, today, now, batch), this::warn);
		int escalated = inBatches(batch, now -> cases.escalateOverdue(today, now, batch), this::escalate);
		if (warned + escalated > 0) {
			log.info("Deadline sweep warned {} and escalated {} branches", warned, escalated);
		}
		return warned + escalated;
	}

	/** Marks and handles batch after batch, each in its own transaction, until a batch comes back short. */
	private int inBatches(int batch, Function<Instant, List<CaseStore.BranchRow>> mark,
			BiConsumer<CaseStore.BranchRow, Instant> handle) {
		int count = 0;
		for (;;) {
			int marked = transactions.execute(tx -> {
				Instant now = clock.instant();
				List<CaseStore.BranchRow> branches = mark.apply(now);
				branches.forEach(branch -> handle.accept(branch, now));
				return branches.size();
			});
			count += marked;
			if (marked < batch) {
				return count;
			}
		}
	}

	private void warn(CaseStore.BranchRow branch, Instant now) {
		CaseStore.CaseRow c = cases.byNumber(branch.caseNumber()).orElseThrow();
		events.publishEvent(new DeadlineNear(flow.facts(c, branch)));
	}

	private void escalate(CaseStore.BranchRow branch, Instant now) {
		CaseStore.CaseRow c = cases.byNumber(branch.caseNumber()).orElseThrow();
		cases.addTimeline(c.number(), branch.id(), now, "ESCALATED", AuditTrail.SYSTEM, false,
				"已超过承诺时限（" + branch.dueOn() + "），提请部门负责人督办");
		audit.record(AuditEvent.of("casework.escalated").on("case", c.number()).detail("branch", branch.id())
			.detail("dueOn", branch.dueOn()).detail("department", branch.department()));
		events.publishEvent(new DeadlinePassed(flow.facts(c, branch)));
	}
}
