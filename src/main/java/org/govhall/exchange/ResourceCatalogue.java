package org.govhall.exchange;

import java.util.List;

import org.govhall.exchange.internal.ResourceStore;
import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searching the resource catalogue (资源目录检索) for staff: text in a resource's name, code, description,
 * provider or field labels, ignoring case (Chinese by substring), narrowed by provider department, sharing type
 * and subject key; and a resource by its code. The caller authorises (any signed-in staff member may browse the
 * catalogue).
 */
@Service
public class ResourceCatalogue {

	/** The longest search text. */
	static final int MAX_TEXT = 100;

	private final JdbcClient jdbc;

	private final ResourceStore store;

	ResourceCatalogue(JdbcClient jdbc, ResourceStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * A search of the catalogue; every criterion may be left out ({@code null} or blank).
	 *
	 * @param text words to find in name, code, description, provider or a field's label
	 * @param provider the providing department's code
	 * @param sharingType one of {@link ResourceTerms#SHARING_TYPES}
	 * @param subjectKey one of {@link ResourceTerms#SUBJECT_KEY_VALUES}
	 */
	public record Query(String text, String provider, String sharingType, String subjectKey) {

		public Query {
			text = blankToNull(text);
			provider = blankToNull(provider);
			sharingType = blankToNull(sharingType);
			subjectKey = blankToNull(subjectKey);
		}

		/** Whether the query narrows the catalogue at all. */
		public boolean narrows() {
			return text != null || provider != null || sharingType != null || subjectKey != null;
		}
	}

	/** Every published resource, in code order. */
	public List<DataResource> resources() {
		return store.resources();
	}

	/** A published resource by its code. */
	public DataResource resource(String code) {
		return store.cached(code).orElseThrow(() -> ProblemException.notFound("exchange.resource.unknown", code));
	}

	/** The resources matching every criterion of {@code query}, in code order. */
	public List<DataResource> search(Query query) {
		check(query);
		if (!query.narrows()) {
			return store.resources();
		}
		String text = query.text() == null ? null : query.text().toLowerCase(java.util.Locale.ROOT);
		List<String> codes = jdbc.sql("""
				select r.code from exchange_resource r
				where (cast(:text as varchar) is null
				       or strpos(lower(r.name), :text) > 0 or strpos(lower(r.code), :text) > 0
				       or strpos(lower(r.description), :text) > 0 or strpos(lower(r.provider_department), :text) > 0
				       or exists (select 1 from exchange_resource_field f
				                  where f.resource_code = r.code and strpos(lower(f.label), :text) > 0))
				  and (cast(:provider as varchar) is null or r.provider_department = :provider)
				  and (cast(:sharing as varchar) is null or r.sharing_type = :sharing)
				  and (cast(:subjectKey as varchar) is null or r.subject_key = :subjectKey)
				order by r.code""")
			.param("text", text)
			.param("provider", query.provider() == null ? null : query.provider().toUpperCase(java.util.Locale.ROOT))
			.param("sharing", query.sharingType())
			.param("subjectKey", query.subjectKey())
			.query(String.class)
			.list();
		return codes.stream().map(store::resource).flatMap(java.util.Optional::stream).toList();
	}

	/** The departments that provide resources, in code order (for a search form's choices). */
	public List<String> providers() {
		return jdbc.sql("select distinct provider_department from exchange_resource order by 1").query(String.class)
			.list();
	}

	private static void check(Query query) {
		if (query.text() != null && query.text().length() > MAX_TEXT) {
			throw ProblemException.invalid("q", "exchange.search.tooLong", MAX_TEXT);
		}
		if (query.provider() != null && !query.provider().matches("[A-Za-z0-9_]{1,32}")) {
			throw ProblemException.invalid("provider", "exchange.search.choice", "provider", query.provider(), "GAJ, SCJG, …");
		}
		if (query.sharingType() != null && !ResourceTerms.SHARING_TYPES.contains(query.sharingType())) {
			throw ProblemException.invalid("sharing", "exchange.search.choice", "sharing", query.sharingType(),
					String.join(", ", ResourceTerms.SHARING_TYPES));
		}
		if (query.subjectKey() != null && !ResourceTerms.SUBJECT_KEY_VALUES.contains(query.subjectKey())) {
			throw ProblemException.invalid("subjectKey", "exchange.search.choice", "subjectKey", query.subjectKey(),
					String.join(", ", ResourceTerms.SUBJECT_KEY_VALUES));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
