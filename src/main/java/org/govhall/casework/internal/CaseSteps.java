package org.govhall.casework.internal;

import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.govhall.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a step on a case in a transaction of its own. The step locks its case first, so that steps on one case
 * run one after another; should the engine still find a row changed under it (an optimistic-locking conflict,
 * e.g. with a job of the async executor), the whole step runs again in a fresh transaction, at most
 * {@value #RETRIES} times, and the staff member never sees the engine's conflict.
 */
@Component
public class CaseSteps {

	static final int RETRIES = 3;

	private static final Logger log = LoggerFactory.getLogger(CaseSteps.class);

	private final TransactionTemplate transactions;

	CaseSteps(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	/** The step's answer, after at most {@value #RETRIES} retries of an engine conflict. */
	public <T> T run(Supplier<T> step) {
		for (int attempt = 0;; attempt++) {
			try {
				return transactions.execute(tx -> step.get());
			}
			catch (FlowableOptimisticLockingException conflict) {
				if (attempt == RETRIES) {
					log.warn("A case step met the engine's optimistic-locking conflict {} times: {}", attempt + 1,
							conflict.getMessage());
					throw ProblemException.conflict("casework.task.busy");
				}
				log.debug("A case step met an optimistic-locking conflict; running it again", conflict);
			}
		}
	}

	/** As {@link #run(Supplier)}, for a step without an answer. */
	public void run(Runnable step) {
		run(() -> {
			step.run();
			return null;
		});
	}
}
