package org.govhall.catalog.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.govhall.catalog.ServiceItemLifecycleChanged;
import org.govhall.catalog.ServiceItemPublished;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Keeps this node's search index in step with the database: rebuilt at start, refreshed on every publication. */
@Component
class CatalogueIndexer {

	private final CatalogueStore store;

	private final CatalogueIndex index;

	private final CatalogueChangeFeed feed;

	private final AtomicBoolean built = new AtomicBoolean();

	CatalogueIndexer(CatalogueStore store, CatalogueIndex index, CatalogueChangeFeed feed) {
		this.store = store;
		this.index = index;
		this.feed = feed;
	}

	void rebuild() {
		feed.indexBuilding();
		index.rebuild(store.allPublished());
		built.set(true);
	}

	/** Builds the index at start, unless this node has built it already (a catalogue imported at start has). */
	void buildUnlessBuilt() {
		if (!built.get()) {
			rebuild();
		}
	}

	/** Rebuilds once the current transaction has committed (at once when there is none). */
	void rebuildAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					rebuild();
				}
			});
		}
		else {
			rebuild();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ServiceItemPublished published) {
		index.update(published.implementationCode(), store.published(published.implementationCode()).orElse(null));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ServiceItemLifecycleChanged changed) {
		index.update(changed.implementationCode(), store.published(changed.implementationCode()).orElse(null));
	}
}
