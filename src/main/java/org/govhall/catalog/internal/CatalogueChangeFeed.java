package org.govhall.catalog.internal;

import java.util.LinkedHashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's search index in step with publications made on other nodes: every two seconds it asks the
 * database which items were changed by transactions that have ended since it last looked, and re-indexes those.
 * It looks up to the oldest transaction still running, so a publication that commits late is picked up when it
 * commits, and each change is indexed once.
 */
@Component
public class CatalogueChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(CatalogueChangeFeed.class);

	private final CatalogueStore store;

	private final CatalogueIndex index;

	/** Changes of transactions from here on are not in the index yet. */
	private volatile String horizon;

	CatalogueChangeFeed(CatalogueStore store, CatalogueIndex index) {
		this.store = store;
		this.index = index;
	}

	/** Called just before the index is built from the database: what the build cannot see, the feed will. */
	void indexBuilding() {
		horizon = store.horizon();
	}

	/** Re-indexes what changed elsewhere; answers how many items it refreshed. */
	@Scheduled(fixedDelayString = "${govhall.catalog.change-feed-interval:2s}")
	public synchronized int poll() {
		String from = horizon;
		if (from == null) {
			return 0;
		}
		String to = store.horizon();
		List<String> changed = store.changedBetween(from, to);
		for (String code : new LinkedHashSet<>(changed)) {
			index.update(code, store.published(code).orElse(null));
		}
		horizon = to;
		if (!changed.isEmpty()) {
			log.debug("Catalogue index refreshed for {} changed items", changed.size());
		}
		return changed.size();
	}
}
