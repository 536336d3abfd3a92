package org.govhall.supervision.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.govhall.casework.CaseBranchRecord;
import org.govhall.casework.CaseLedger;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, takes in the branches casework has that supervision does not know yet — the demo's history on a
 * first start, anything written while supervision was not listening — page by page from the ledger, each page in
 * one statement, then counts the daily figures again once. Events keep them current from then on.
 */
@Component
class LedgerImport implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(LedgerImport.class);

	private static final int PAGE = 5_000;

	private final CaseLedger ledger;

	private final BranchStore branches;

	private final DailyFigures figures;

	private final WorkdayTable workdays;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LedgerImport(CaseLedger ledger, BranchStore branches, DailyFigures figures, WorkdayTable workdays,
			TransactionTemplate transactions, Clock clock) {
		this.ledger = ledger;
		this.branches = branches;
		this.figures = figures;
		this.workdays = workdays;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "supervision.ledger-import";
	}

	@Override
	public Set<String> after() {
		return Set.of("casework.demo-cases");
	}

	@Override
	public void run() {
		long started = System.nanoTime();
		workdays.refresh();
		int imported = transactions.execute(tx -> {
			int count = 0;
			for (long after = branches.lastBranch();;) {
				List<CaseBranchRecord> page = ledger.after(after, PAGE);
				if (page.isEmpty()) {
					break;
				}
				branches.write(page, clock.instant());
				count += page.size();
				after = page.get(page.size() - 1).branch();
			}
			if (count > 0) {
				figures.recomputeAll();
			}
			return count;
		});
		log.info("Supervision took in {} branches from the case ledger in {} ms", imported,
				(System.nanoTime() - started) / 1_000_000);
	}
}
