package org.govhall.casework.internal;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.govhall.identity.Applicants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Texts to applicants through the SMS adapter, sent after the step that wrote them commits (an outbox, ADR 0020).
 * {@link #queue} writes the text into {@code casework_text_outbox} in the step's transaction: a step run again after
 * an engine conflict ({@code CaseSteps}) rolled back its first text, so the applicant gets one. Once the step
 * commits, a dispatch is started on this class's own thread; a dispatch also runs every
 * {@code govhall.casework.texts-every} (10 s), so a text committed just before a crash goes out after the restart.
 * Each text is taken, sent and marked sent in a transaction of its own, locked {@code for update skip locked}: two
 * nodes never send one text twice, and a text is sent again only if the node died between sending it and
 * committing that it was sent.
 */
@Component
public class ApplicantTexts implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ApplicantTexts.class);

	private final TextOutbox outbox;

	private final Applicants applicants;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "casework-texts");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean woken = new AtomicBoolean();

	ApplicantTexts(TextOutbox outbox, Applicants applicants, TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.applicants = applicants;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Queues a text to the applicant in the caller's transaction; it is sent once that commits. */
	public void queue(long personAccount, String caseNumber, String text) {
		outbox.add(personAccount, caseNumber, text, clock.instant());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
	}

	/** Sends every text waiting, one transaction each; answers how many this call sent. */
	@Scheduled(fixedDelayString = "${govhall.casework.texts-every:PT10S}",
			initialDelayString = "${govhall.casework.texts-first-after:PT20S}")
	public int dispatch() {
		int sent = 0;
		while (Boolean.TRUE.equals(transactions.execute(tx -> outbox.takeOldest().map(text -> {
			applicants.textTo(text.personAccount(), text.text());
			outbox.sent(text.id(), clock.instant());
			return true;
		}).orElse(false)))) {
			sent++;
		}
		return sent;
	}

	/** Starts a dispatch on the sender thread unless one is about to start. */
	private void wake() {
		if (woken.compareAndSet(false, true)) {
			sender.execute(() -> {
				woken.set(false);
				try {
					dispatch();
				}
				catch (RuntimeException failed) {
					log.warn("Texts to applicants not sent now; the next dispatch tries again: {}", failed.getMessage());
				}
			});
		}
	}

	@Override
	public void destroy() {
		sender.shutdownNow();
	}
}
