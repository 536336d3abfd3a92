package org.govhall.catalog.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govhall.catalog.Audience;
import org.govhall.catalog.Bundle;
import org.govhall.catalog.ItemContent.TimeLimit;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ItemFilter;
import org.govhall.catalog.Lifecycle;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.VersionStatus;
import org.govhall.shared.database.SqlArrays;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's tables: items, their versions and bundles. Content is kept as JSON, filters as columns. */
@Repository
public class CatalogueStore {

	private static final String ITEM_COLUMNS = """
			i.id, i.implementation_code, i.basic_code, i.handling_code, i.department_code, i.division_code,
			i.monthly_applications, i.lifecycle, i.lifecycle_from, i.lifecycle_reason,
			v.version, v.status, v.content, v.published_at, v.review_note
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CatalogueStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from catalog_item)").query(Boolean.class).single();
	}

	public boolean exists(String implementationCode) {
		return jdbc.sql("select exists (select 1 from catalog_item where implementation_code = ?)")
			.param(implementationCode).query(Boolean.class).single();
	}

	/** Inserts an item and its first version; answers the item's id. */
	public long insertItem(String implementationCode, String basicCode, String handlingCode, String departmentCode,
			String divisionCode, int monthlyApplications, Instant now) {
		return jdbc.sql("""
				insert into catalog_item (implementation_code, basic_code, handling_code, department_code,
				    division_code, monthly_applications, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(implementationCode, basicCode, handlingCode, departmentCode, divisionCode, monthlyApplications,
					Timestamp.from(now))
			.query(Long.class).single();
	}

	/** An item of an import, published as its version 1. */
	public record ImportedItem(String implementationCode, String basicCode, String handlingCode, String departmentCode,
			String divisionCode, int monthlyApplications, ItemContent content) {
	}

	/**
	 * Inserts imported items, each published as version 1 reviewed by {@code by}, in two statements whatever
	 * their number (the items, then their versions).
	 */
	public void insertPublished(List<ImportedItem> items, String by, Instant now) {
		if (items.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				insert into catalog_item (implementation_code, basic_code, handling_code, department_code,
				    division_code, monthly_applications, created_at, published_version, changed_at)
				select code, basic, handling, department, division, monthly, ?, 1, clock_timestamp()
				from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[])
				    as t(code, basic, handling, department, division, monthly)""")
			.params(at, column(items, ImportedItem::implementationCode), column(items, ImportedItem::basicCode),
					column(items, ImportedItem::handlingCode), column(items, ImportedItem::departmentCode),
					column(items, ImportedItem::divisionCode), column(items, i -> String.valueOf(i.monthlyApplications())))
			.update();
		jdbc.sql("""
				insert into catalog_item_version (item_id, version, status, name, item_type, audiences, life_events,
				    content, created_by, created_at, reviewed_by, published_at)
				select i.id, 1, 'PUBLISHED', v.name, v.item_type, v.audiences::varchar[], v.life_events::varchar[],
				    v.content::jsonb, ?, ?, ?, ?
				from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::text[], ?::text[])
				    as v(code, name, item_type, audiences, life_events, content)
				join catalog_item i on i.implementation_code = v.code""")
			.params(by, at, by, at, column(items, ImportedItem::implementationCode),
					column(items, i -> i.content().name()), column(items, i -> i.content().type().name()),
					column(items, i -> SqlArrays
						.literal(i.content().audiences().stream().map(Enum::name).sorted().toList())),
					column(items, i -> SqlArrays.literal(i.content().lifeEvents())),
					column(items, i -> json.writeValueAsString(i.content())))
			.update();
	}

	private static String column(List<ImportedItem> items, java.util.function.Function<ImportedItem, String> value) {
		return SqlArrays.literal(items.stream().map(value).toList());
	}

	/** Every implementation code in the catalogue: what an import checks its items against, in one query. */
	public Set<String> implementationCodes() {
		return new java.util.HashSet<>(
				jdbc.sql("select implementation_code from catalog_item").query(String.class).list());
	}

	public void insertVersion(long itemId, int version, VersionStatus status, ItemContent content, String by,
			Instant now) {
		jdbc.sql("""
				insert into catalog_item_version (item_id, version, status, name, item_type, audiences, life_events,
				    content, created_by, created_at)
				values (?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?::jsonb, ?, ?)""")
			.params(itemId, version, status.name(), content.name(), content.type().name(),
					SqlArrays.literal(content.audiences().stream().map(Enum::name).sorted().toList()),
					SqlArrays.literal(content.lifeEvents()), json.writeValueAsString(content), by, Timestamp.from(now))
			.update();
	}

	public void updateDraft(long itemId, int version, ItemContent content) {
		jdbc.sql("""
				update catalog_item_version set name = ?, item_type = ?, audiences = ?::varchar[],
				    life_events = ?::varchar[], content = ?::jsonb
				where item_id = ? and version = ? and status = 'DRAFT'""")
			.params(content.name(), content.type().name(),
					SqlArrays.literal(content.audiences().stream().map(Enum::name).sorted().toList()),
					SqlArrays.literal(content.lifeEvents()), json.writeValueAsString(content), itemId, version)
			.update();
	}

	public void setStatus(long itemId, int version, VersionStatus status, String reviewer, String note, Instant now) {
		jdbc.sql("""
				update catalog_item_version set status = ?,
				    submitted_at = case when ? = 'IN_REVIEW' then ? else submitted_at end,
				    reviewed_by = coalesce(?, reviewed_by), review_note = ?,
				    published_at = case when ? = 'PUBLISHED' then ? else published_at end
				where item_id = ? and version = ?""")
			.params(status.name(), status.name(), Timestamp.from(now), reviewer, note, status.name(),
					Timestamp.from(now), itemId, version)
			.update();
	}

	public void markPublished(long itemId, int version) {
		jdbc.sql("update catalog_item_version set status = 'SUPERSEDED' where item_id = ? and status = 'PUBLISHED'"
				+ " and version <> ?").params(itemId, version).update();
		jdbc.sql("update catalog_item set published_version = ?, changed_at = clock_timestamp() where id = ?")
			.params(version, itemId).update();
	}

	public void setLifecycle(long itemId, Lifecycle lifecycle, LocalDate from, String reason) {
		jdbc.sql("update catalog_item set lifecycle = ?, lifecycle_from = ?, lifecycle_reason = ?,"
				+ " changed_at = clock_timestamp() where id = ?")
			.params(lifecycle.name(), from, reason, itemId).update();
	}

	/** The newest change time of any item, by the database's clock. */
	/** The oldest transaction still running: every change of a transaction below it is committed or gone. */
	public String horizon() {
		return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single();
	}

	/** Items whose published state was changed by transactions from {@code from} up to (not including) {@code to}. */
	public List<String> changedBetween(String from, String to) {
		return jdbc.sql("select implementation_code from catalog_item"
				+ " where change_tx >= ?::xid8 and change_tx < ?::xid8 order by change_tx")
			.params(from, to).query(String.class).list();
	}

	public Optional<Long> itemId(String implementationCode) {
		return jdbc.sql("select id from catalog_item where implementation_code = ?").param(implementationCode)
			.query(Long.class).optional();
	}

	public Optional<ServiceItem> published(String implementationCode) {
		return jdbc.sql("select " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v
				  on v.item_id = i.id and v.version = i.published_version
				where i.implementation_code = ?""").param(implementationCode).query(this::item).optional();
	}

	public Optional<ServiceItem> version(String implementationCode, int version) {
		return jdbc.sql("select " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v on v.item_id = i.id
				where i.implementation_code = ? and v.version = ?""").params(implementationCode, version)
			.query(this::item).optional();
	}

	/** The newest version, whatever its status: what an editor works on. */
	public Optional<ServiceItem> latest(String implementationCode) {
		return jdbc.sql("select " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v on v.item_id = i.id
				where i.implementation_code = ? order by v.version desc limit 1""").param(implementationCode)
			.query(this::item).optional();
	}

	public List<ServiceItem> versions(String implementationCode) {
		return jdbc.sql("select " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v on v.item_id = i.id
				where i.implementation_code = ? order by v.version""").param(implementationCode)
			.query(this::item).list();
	}

	/** Every published item, for the search index. */
	public List<ServiceItem> allPublished() {
		return jdbc.sql("select " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v
				  on v.item_id = i.id and v.version = i.published_version
				order by i.implementation_code""").query(this::item).list();
	}

	public List<ServiceItem> publishedByCodes(Collection<String> implementationCodes) {
		if (implementationCodes.isEmpty()) {
			return List.of();
		}
		Map<String, ServiceItem> found = new LinkedHashMap<>();
		jdbc.sql("select " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v
				  on v.item_id = i.id and v.version = i.published_version
				where i.implementation_code in (:codes)""").param("codes", implementationCodes)
			.query(this::item).list().forEach(i -> found.put(i.implementationCode(), i));
		return implementationCodes.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Published items of an editor's department including those with open drafts, newest version each. */
	public List<ServiceItem> latestOfDepartment(String departmentCode) {
		return jdbc.sql("select distinct on (i.id) " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v on v.item_id = i.id
				where i.department_code = ? order by i.id, v.version desc""").param(departmentCode)
			.query(this::item).list();
	}

	public List<ServiceItem> inReview() {
		return jdbc.sql("select " + ITEM_COLUMNS + """
				from catalog_item i join catalog_item_version v on v.item_id = i.id
				where v.status = 'IN_REVIEW' order by v.submitted_at""").query(this::item).list();
	}

	/** How many published items each life event has, for the browsing page. */
	public Map<String, Long> lifeEventCounts(Audience audience) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select e.event, count(*) from catalog_item i
				  join catalog_item_version v on v.item_id = i.id and v.version = i.published_version,
				  unnest(v.life_events) as e(event)
				where (cast(:audience as varchar) is null or :audience = any(v.audiences))
				group by e.event order by count(*) desc, e.event""")
			.param("audience", audience == null ? null : audience.name())
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	public Map<String, Long> departmentCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select department_code, count(*) from catalog_item where published_version is not null"
				+ " group by department_code order by count(*) desc, department_code")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	public Map<String, Long> divisionCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select division_code, count(*) from catalog_item where published_version is not null"
				+ " group by division_code order by division_code")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	public void insertBundle(Bundle bundle, Instant now) {
		jdbc.sql("""
				insert into catalog_bundle (code, name, audiences, description, promised_limit, stages, created_at)
				values (?, ?, ?::varchar[], ?, ?::jsonb, ?::jsonb, ?)""")
			.params(bundle.code(), bundle.name(),
					SqlArrays.literal(bundle.audiences().stream().map(Enum::name).sorted().toList()), bundle.description(),
					json.writeValueAsString(bundle.promisedLimit()), json.writeValueAsString(bundle.stages()),
					Timestamp.from(now))
			.update();
	}

	public boolean bundleExists(String code) {
		return jdbc.sql("select exists (select 1 from catalog_bundle where code = ?)").param(code)
			.query(Boolean.class).single();
	}

	public List<Bundle> bundles() {
		return jdbc.sql("select code, name, audiences, description, promised_limit, stages from catalog_bundle"
				+ " order by code").query(this::bundleRow).list();
	}

	public Optional<Bundle> bundle(String code) {
		return jdbc.sql("select code, name, audiences, description, promised_limit, stages from catalog_bundle"
				+ " where code = ?").param(code).query(this::bundleRow).optional();
	}

	private Bundle bundleRow(ResultSet rs, int row) throws SQLException {
		Set<Audience> audiences = new java.util.TreeSet<>();
		for (String a : strings(rs.getArray("audiences"))) {
			audiences.add(Audience.valueOf(a));
		}
		return new Bundle(rs.getString("code"), rs.getString("name"), audiences, rs.getString("description"),
				json.readValue(rs.getString("promised_limit"), TimeLimit.class),
				json.readValue(rs.getString("stages"), new TypeReference<List<List<String>>>() {
				}));
	}

	private ServiceItem item(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		java.sql.Date from = rs.getDate("lifecycle_from");
		return new ServiceItem(rs.getString("implementation_code"), rs.getString("basic_code"),
				rs.getString("handling_code"), rs.getString("department_code"), rs.getString("division_code"),
				rs.getInt("version"), VersionStatus.valueOf(rs.getString("status")),
				json.readValue(rs.getString("content"), ItemContent.class), rs.getInt("monthly_applications"),
				Lifecycle.valueOf(rs.getString("lifecycle")), from == null ? null : from.toLocalDate(),
				rs.getString("lifecycle_reason"), published == null ? null : published.toInstant(),
				rs.getString("review_note"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}
}
