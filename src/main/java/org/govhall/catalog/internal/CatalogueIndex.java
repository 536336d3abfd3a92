package org.govhall.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ItemFilter;
import org.govhall.catalog.ItemSummary;
import org.govhall.catalog.ServiceItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.function.SingletonSupplier;

/**
 * The index of published items that answers every search and every browse of the catalogue, in memory on every
 * node and rebuilt from the database at start. One translation of a filter ({@link ItemFilter}) and one order:
 * the best match first, then the most used item, then the implementation code; without words every item matches
 * alike, so a browse is simply most used first. Fields and weights of a match: the name counts most, then the
 * words people use (keywords, synonyms at query time), topics and life events, then the guide's conditions and
 * materials; usage adds to the match, so that among comparable matches the most used item comes first.
 */
public class CatalogueIndex {

	private static final Logger log = LoggerFactory.getLogger(CatalogueIndex.class);

	static final String CODE = "code";

	static final String SUMMARY = "summary";

	private static final String USAGE = "usage";

	private static final String CODE_ORDER = "codeOrder";

	/** Best match, then most used, then by code: the one order of every list of items. */
	private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE,
			new SortField(USAGE, SortField.Type.INT, true), new SortField(CODE_ORDER, SortField.Type.STRING));

	private static final Map<String, Float> FIELDS = Map.of("name", 8f, "keywords", 5f, "topics", 2f, "events", 2f,
			"department", 1.5f, "guide", 0.5f);

	private static final float USAGE_WEIGHT = 6f;

	/** Applications a month at which an item gets half of the usage weight. */
	private static final float USAGE_PIVOT = 2000f;

	/**
	 * BM25 with weak length normalisation: official names are long (住房公积金提取（租赁自住住房）), and a long name
	 * should not lose to a short one for matching the same words.
	 */
	private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * Made by {@link #prepareQueries()} or when first needed: its synonyms are parsed with the SmartCN dictionaries,
	 * whose loading takes a second, which the start spends beside other work instead of while building the context.
	 */
	private final SingletonSupplier<QueryBuilder> queries = SingletonSupplier
		.of(() -> new QueryBuilder(CatalogueAnalyzers.query()));

	private final Function<String, String> departmentNames;

	private final JsonMapper json;

	public CatalogueIndex(Function<String, String> departmentNames, JsonMapper json) {
		this.departmentNames = departmentNames;
		this.json = json;
		try {
			this.writer = new IndexWriter(directory,
					new IndexWriterConfig(CatalogueAnalyzers.index()).setSimilarity(SIMILARITY));
			this.searchers = new SearcherManager(writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
					IndexSearcher searcher = new IndexSearcher(reader);
					searcher.setSimilarity(SIMILARITY);
					return searcher;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes the query analysis now (loading the SmartCN dictionaries) if nothing has made it yet. */
	void prepareQueries() {
		queries.obtain();
	}

	/** Replaces the whole index with these items. */
	public synchronized void rebuild(List<ServiceItem> items) {
		try {
			writer.deleteAll();
			for (ServiceItem item : items) {
				writer.addDocument(document(item));
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
			queries.obtain();
			log.info("Catalogue index rebuilt: {} published items", items.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Puts the published version of an item in the index, or takes it out when there is none. */
	public synchronized void update(String implementationCode, ServiceItem published) {
		try {
			if (published == null) {
				writer.deleteDocuments(new Term(CODE, implementationCode));
			}
			else {
				writer.updateDocument(new Term(CODE, implementationCode), document(published));
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The items matching {@code text} (every item when it is blank) and the filter, best first, and how many
	 * matched in all.
	 */
	public Hits search(String text, ItemFilter filter, int offset, int limit) {
		Query query = query(text, filter);
		if (query == null) {
			return new Hits(List.of(), 0);
		}
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				TopDocs top = searcher.search(query,
						new TopFieldCollectorManager(BEST_FIRST, Math.max(1, offset + limit), Integer.MAX_VALUE));
				List<ItemSummary> items = new ArrayList<>();
				ScoreDoc[] docs = top.scoreDocs;
				for (int i = offset; i < docs.length; i++) {
					items.add(json.readValue(searcher.storedFields().document(docs[i].doc).get(SUMMARY), ItemSummary.class));
				}
				return new Hits(items, top.totalHits.value);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The Lucene query for a text and filter: every item for a blank text, none (null) for a text without a
	 * searchable word.
	 */
	Query query(String text, ItemFilter filter) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (text == null || text.isBlank()) {
			query.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		else {
			Query words = words(text.strip());
			if (words == null) {
				return null;
			}
			query.add(words, Occur.MUST)
				.add(new BoostQuery(FeatureField.newSaturationQuery("features", USAGE, 1f, USAGE_PIVOT), USAGE_WEIGHT),
						Occur.SHOULD);
		}
		if (filter.audience() != null) {
			query.add(new TermQuery(new Term("audience", filter.audience().name())), Occur.FILTER);
		}
		if (filter.lifeEvent() != null) {
			query.add(new TermQuery(new Term("event", filter.lifeEvent())), Occur.FILTER);
		}
		if (filter.departmentCode() != null) {
			query.add(new TermQuery(new Term("departmentCode", filter.departmentCode())), Occur.FILTER);
		}
		if (filter.divisionCode() != null) {
			query.add(new TermQuery(new Term("division", filter.divisionCode())), Occur.FILTER);
		}
		if (filter.type() != null) {
			query.add(new TermQuery(new Term("type", filter.type().name())), Occur.FILTER);
		}
		return query.build();
	}

	/** The words of a text in any field, each field with its weight; null when it holds no searchable word. */
	private Query words(String text) {
		BooleanQuery.Builder anyField = new BooleanQuery.Builder();
		boolean any = false;
		for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
			Query q = queries.obtain().createMinShouldMatchQuery(field.getKey(), text, 0.7f);
			if (q != null) {
				anyField.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
				any = true;
			}
		}
		if (Pinyin.isPinyinQuery(text)) {
			String letters = text.toLowerCase(java.util.Locale.ROOT);
			anyField.add(new BoostQuery(new WildcardQuery(new Term("initials", "*" + letters + "*")), 8f), Occur.SHOULD);
			anyField.add(new BoostQuery(new WildcardQuery(new Term("pinyin", "*" + letters + "*")), 8f), Occur.SHOULD);
			any = true;
		}
		return any ? anyField.build() : null;
	}

	private Document document(ServiceItem item) {
		ItemContent c = item.content();
		Document doc = new Document();
		doc.add(new StringField(CODE, item.implementationCode(), Field.Store.YES));
		doc.add(new SortedDocValuesField(CODE_ORDER, new BytesRef(item.implementationCode())));
		doc.add(new NumericDocValuesField(USAGE, item.monthlyApplications()));
		doc.add(new StoredField(SUMMARY, json.writeValueAsString(ItemSummary.of(item))));
		doc.add(new TextField("name", c.name(), Field.Store.NO));
		doc.add(new StringField("pinyin", Pinyin.full(c.name()), Field.Store.NO));
		doc.add(new StringField("initials", Pinyin.initials(c.name()), Field.Store.NO));
		doc.add(new TextField("keywords", String.join(" ", c.keywords()), Field.Store.NO));
		doc.add(new TextField("topics", String.join(" ", c.topics()), Field.Store.NO));
		doc.add(new TextField("events", String.join(" ", c.lifeEvents()), Field.Store.NO));
		doc.add(new TextField("department", departmentNames.apply(item.departmentCode()), Field.Store.NO));
		if (c.guide() != null) {
			StringBuilder guide = new StringBuilder();
			c.guide().conditions().forEach(s -> guide.append(s).append('\n'));
			c.guide().materials().forEach(m -> guide.append(m.name()).append('\n'));
			guide.append(c.guide().result().name());
			doc.add(new TextField("guide", guide.toString(), Field.Store.NO));
		}
		doc.add(new FeatureField("features", USAGE, Math.max(1, item.monthlyApplications())));
		c.audiences().forEach(a -> doc.add(new StringField("audience", a.name(), Field.Store.NO)));
		c.lifeEvents().forEach(e -> doc.add(new StringField("event", e, Field.Store.NO)));
		doc.add(new StringField("departmentCode", item.departmentCode(), Field.Store.NO));
		doc.add(new StringField("division", item.divisionCode(), Field.Store.NO));
		doc.add(new StringField("type", c.type().name(), Field.Store.NO));
		return doc;
	}

	@PreDestroy
	void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

	/**
	 * The bare Lucene work of a search, for the benchmark's baseline: analyse the text, build the query, collect
	 * the top {@code limit} documents. Answers how many matched.
	 */
	public long rawSearch(String text, int limit) {
		Query query = text.isBlank() ? null : query(text, ItemFilter.none());
		if (query == null) {
			return 0;
		}
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.search(query, limit).totalHits.value;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The summaries of one page of matches, best first, and the total. */
	public record Hits(List<ItemSummary> items, long total) {
	}
}
