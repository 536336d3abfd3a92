package org.govhall.casework.internal;

import org.flowable.engine.ProcessEngine;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Flowable's job executor (async continuations and timers) starts once the hall is ready rather than while the
 * context is built ({@code flowable.async-executor-activate: false}): its threads and first job acquisitions are off
 * the start's critical path (issue 17 §1). The engine stops it when it closes.
 */
@Component
class JobsAfterReadiness {

	private final ProcessEngine engine;

	JobsAfterReadiness(ProcessEngine engine) {
		this.engine = engine;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startJobs() {
		AsyncExecutor jobs = engine.getProcessEngineConfiguration().getAsyncExecutor();
		if (jobs != null && !jobs.isActive()) {
			jobs.start();
		}
	}
}
