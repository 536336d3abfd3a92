package org.govhall.supervision.internal;

import java.time.Clock;
import java.util.List;

import org.govhall.casework.CaseAccepted;
import org.govhall.casework.CaseApproved;
import org.govhall.casework.CaseBranchRecord;
import org.govhall.casework.CaseExtended;
import org.govhall.casework.CaseFacts;
import org.govhall.casework.CaseFinished;
import org.govhall.casework.CaseLedger;
import org.govhall.casework.CaseRefused;
import org.govhall.casework.CaseResumed;
import org.govhall.casework.CaseSubmitted;
import org.govhall.casework.CorrectionRequested;
import org.govhall.casework.DeadlineNear;
import org.govhall.casework.DeadlinePassed;
import org.govhall.casework.SpecialProcedureEnded;
import org.govhall.casework.SpecialProcedureStarted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the watched branches in step with casework: on each of its events about a case, after the change commits
 * and from the event publication registry (so that a crash in between only delays it), the case's branches are read
 * again from the ledger and written here, with the daily figures they touch. Reading the whole case rather than
 * trusting the event's facts makes a repeated or late event harmless and catches the branches a bundle's event does
 * not name (a later stage's clock starting, every branch stopping when one is refused).
 */
@Component
class CaseWatch {

	private final CaseLedger ledger;

	private final BranchStore branches;

	private final DailyFigures figures;

	private final Clock clock;

	CaseWatch(CaseLedger ledger, BranchStore branches, DailyFigures figures, Clock clock) {
		this.ledger = ledger;
		this.branches = branches;
		this.figures = figures;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseSubmitted event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(CaseAccepted event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(CorrectionRequested event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(CaseResumed event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(CaseExtended event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(CaseApproved event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(CaseRefused event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(CaseFinished event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(SpecialProcedureStarted event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(SpecialProcedureEnded event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(DeadlineNear event) {
		sync(event.facts());
	}

	@ApplicationModuleListener
	void on(DeadlinePassed event) {
		sync(event.facts());
	}

	/** Writes the case's branches as the ledger has them now; in the caller's transaction. */
	@Transactional
	public void sync(CaseFacts facts) {
		List<CaseBranchRecord> records = ledger.ofCase(facts.caseNumber());
		figures.recompute(branches.write(records, clock.instant()));
	}
}
