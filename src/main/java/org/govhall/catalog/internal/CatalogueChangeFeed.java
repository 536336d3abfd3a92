package org.govhall.catalog.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's search index in step with publications made on other nodes: every two seconds it asks the
 * database which items changed since it last looked (with a few seconds of overlap, because a transaction can
 * commit after a later one) and re-indexes those. Re-indexing is idempotent, so the overlap costs nothing but a
 * little work.
 */
@Component
public class CatalogueChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(CatalogueChangeFeed.class);

	static final Duration OVERLAP = Duration.ofSeconds(5);

	private final CatalogueStore store;

	private final CatalogueIndex index;

	private volatile Instant seen;

	CatalogueChangeFeed(CatalogueStore store, CatalogueIndex index) {
		this.store = store;
		this.index = index;
	}

	/** Called once the index has been built from the database. */
	void indexBuilt() {
		seen = store.lastChange();
	}

	/** Re-indexes what changed elsewhere; answers how many items it refreshed. */
	@Scheduled(fixedDelayString = "${govhall.catalog.change-feed-interval:2s}")
	public synchronized int poll() {
		Instant since = seen;
		if (since == null) {
			return 0;
		}
		Instant now = store.lastChange();
		List<String> changed = store.changedSince(since.minus(OVERLAP));
		for (String code : new LinkedHashSet<>(changed)) {
			index.update(code, store.published(code).orElse(null));
		}
		if (now.isAfter(since)) {
			seen = now;
		}
		if (!changed.isEmpty()) {
			log.debug("Catalogue index refreshed for {} changed items", changed.size());
		}
		return changed.size();
	}
}
