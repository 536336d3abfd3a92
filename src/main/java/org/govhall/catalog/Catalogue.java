package org.govhall.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govhall.catalog.internal.CatalogueIndex;
import org.govhall.catalog.internal.CatalogueStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the catalogue: published items, any version of an item (a case keeps the version it was started
 * under), search in Chinese, browsing by audience, life event and department, and the "one thing" bundles.
 * Open to everybody: the catalogue is public information.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	/** The largest page anybody may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	private final CatalogueStore store;

	private final CatalogueIndex index;

	Catalogue(CatalogueStore store, CatalogueIndex index) {
		this.store = store;
		this.index = index;
	}

	public Optional<ServiceItem> published(String implementationCode) {
		return store.published(implementationCode);
	}

	public Optional<ServiceItem> version(String implementationCode, int version) {
		return store.version(implementationCode, version);
	}

	/** Every version of an item, oldest first. */
	public List<ServiceItem> versions(String implementationCode) {
		return store.versions(implementationCode);
	}

	/** Published items, most used first: a search without words. */
	public SummaryPage list(ItemFilter filter, int page, int size) {
		return search(null, filter, page, size);
	}

	/**
	 * Published items matching {@code text} (Chinese words, synonyms), best first, then most used, then by code;
	 * every item when the text is blank. The index answers both, with the same filter and the same order.
	 */
	public SummaryPage search(String text, ItemFilter filter, int page, int size) {
		int pageSize = clamp(size);
		int first = Math.max(0, page) * pageSize;
		CatalogueIndex.Hits hits = index.search(text == null ? null : text.strip(), filter, first, pageSize);
		return new SummaryPage(hits.items(), hits.total(), Math.max(0, page), pageSize);
	}

	public Map<String, Long> lifeEvents(Audience audience) {
		return store.lifeEventCounts(audience);
	}

	public Map<String, Long> departments() {
		return store.departmentCounts();
	}

	/** How many published items each division has (市级 items serve the whole city). */
	public Map<String, Long> divisions() {
		return store.divisionCounts();
	}

	public List<Bundle> bundles() {
		return store.bundles();
	}

	public Optional<Bundle> bundle(String code) {
		return store.bundle(code);
	}

	/** The published items of a bundle, stage by stage. */
	public List<List<ServiceItem>> bundleItems(Bundle bundle) {
		return bundle.stages().stream().map(store::publishedByCodes).toList();
	}

	private static int clamp(int size) {
		return Math.min(MAX_PAGE_SIZE, Math.max(1, size));
	}
}
