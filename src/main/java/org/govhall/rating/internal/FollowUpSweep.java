package org.govhall.rating.internal;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;

import org.govhall.rating.FollowUp;
import org.govhall.rating.FollowUpEscalated;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates to the supervisors every follow-up (整改) a department left unanswered past its last working day: one
 * update marks a batch ({@code govhall.rating.sweep-batch}, {@code for update skip locked}) in its own transaction
 * with its audit entries and {@link FollowUpEscalated} events, batch after batch, so that two nodes sweeping at once
 * share the work and each follow-up is escalated once. Idempotent: a marked follow-up is never taken again.
 */
@Component
public class FollowUpSweep {

	private static final Logger log = LoggerFactory.getLogger(FollowUpSweep.class);

	private final RatingStore store;

	private final RatingProperties properties;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final GovHallProperties hall;

	private final InstantSource clock;

	FollowUpSweep(RatingStore store, RatingProperties properties, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transactions, GovHallProperties hall, InstantSource clock) {
		this.store = store;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.hall = hall;
		this.clock = clock;
	}

	/** Every few minutes; answers how many follow-ups this sweep escalated. */
	@Scheduled(fixedDelayString = "${govhall.rating.sweep-every:PT10M}",
			initialDelayString = "${govhall.rating.sweep-first-after:PT2M}")
	public int sweep() {
		int batch = Math.max(1, properties.sweepBatch());
		int count = 0;
		for (;;) {
			int marked = transactions.execute(tx -> {
				Instant now = clock.instant();
				LocalDate today = now.atZone(hall.zone()).toLocalDate();
				List<FollowUp> escalated = store.escalateOverdue(today, now, batch);
				escalated.forEach(f -> escalate(f, now));
				return escalated.size();
			});
			count += marked;
			if (marked < batch) {
				break;
			}
		}
		if (count > 0) {
			log.info("Rating follow-up sweep escalated {} follow-ups", count);
		}
		return count;
	}

	private void escalate(FollowUp f, Instant now) {
		audit.record(AuditEvent.of("rating.followUpEscalated").on("case", f.caseNumber())
			.by(AuditTrail.SYSTEM).detail("department", f.department()).detail("dueOn", f.dueOn().toString()));
		events.publishEvent(new FollowUpEscalated(f.caseNumber(), f.department(), f.dueOn(), now));
	}
}
