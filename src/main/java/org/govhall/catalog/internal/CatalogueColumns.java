package org.govhall.catalog.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ServiceItem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as a table (CSV or XLSX, docs/catalogue-format.md): one row per item in the columns of
 * {@link #COLUMNS}, lists separated by {@code ;}, the guide and the application form as JSON in their own columns. Reading never stops at the
 * first bad row: every cell that cannot be read becomes a problem with its row and column, and the rows that could
 * be read are handed on for checking.
 */
public class CatalogueColumns {

	/** The columns, in order; the header row must name all of them (any order). */
	public static final List<String> COLUMNS = List.of("basicCode", "handlingCode", "department", "divisionCode",
			"name", "type", "level", "audiences", "caseType", "legalLimitValue", "legalLimitUnit", "legalLimitNote",
			"promisedLimitValue", "promisedLimitUnit", "promisedLimitNote", "visits", "onlineDepth", "feeCharged",
			"feeStandard", "feeBasis", "lifeEvents", "topics", "keywords", "monthlyApplications", "guide", "form");

	/** Columns a file may leave out (files written before forms existed). */
	public static final Set<String> OPTIONAL = Set.of("form");

	private final JsonMapper json;

	public CatalogueColumns(JsonMapper json) {
		this.json = json;
	}

	/** Turns a message key and its arguments into text in the reader's language. */
	@FunctionalInterface
	public interface Messages {

		String text(String key, Object... args);
	}

	/** What was read: the items, the row number of each, and the problems (row and column). */
	public record Read(List<CatalogueFile.Item> items, List<Integer> rows, List<ImportReport.Problem> problems) {

		/** Nothing read, for a reason that concerns the whole file. */
		static Read failed(Messages messages, String key) {
			return new Read(List.of(), List.of(),
					List.of(new ImportReport.Problem(messages.text("catalog.import.file"), null, null, messages.text(key))));
		}
	}

	/** The items of a table's rows, the first of which is the header. */
	public Read read(List<List<String>> rows, Messages messages) {
		if (rows.isEmpty()) {
			return Read.failed(messages, "catalog.import.emptyFile");
		}
		List<String> header = rows.get(0).stream().map(String::strip).toList();
		Set<String> missing = new LinkedHashSet<>(COLUMNS);
		header.forEach(missing::remove);
		missing.removeAll(OPTIONAL);
		if (!missing.isEmpty()) {
			return new Read(List.of(), List.of(), List.of(new ImportReport.Problem(messages.text("catalog.import.row", 1),
					null, null, messages.text("catalog.import.missingColumns", String.join(", ", missing)))));
		}
		Map<String, Integer> at = new TreeMap<>();
		for (int i = 0; i < header.size(); i++) {
			at.putIfAbsent(header.get(i), i);
		}
		List<CatalogueFile.Item> items = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		List<ImportReport.Problem> problems = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			CatalogueFile.Item item = new CatalogueRow(r + 1, cells, at, problems, messages).item(json);
			if (item != null) {
				items.add(item);
				numbers.add(r + 1);
			}
		}
		return new Read(items, numbers, problems);
	}

	/** An item's cells, in the order of {@link #COLUMNS}. */
	public List<String> cells(ServiceItem item) {
		ItemContent c = item.content();
		return List.of(item.basicCode(), item.handlingCode(), item.departmentCode(), item.divisionCode(), c.name(),
				c.type().name(), c.level().name(), join(c.audiences().stream().map(Enum::name).sorted().toList()),
				c.caseType().name(), String.valueOf(c.legalLimit().value()), c.legalLimit().unit().name(),
				nullToEmpty(c.legalLimit().note()), String.valueOf(c.promisedLimit().value()),
				c.promisedLimit().unit().name(), nullToEmpty(c.promisedLimit().note()), String.valueOf(c.visits()),
				c.onlineDepth().name(), String.valueOf(c.fee().charged()), nullToEmpty(c.fee().standard()),
				nullToEmpty(c.fee().basis()), join(c.lifeEvents()), join(c.topics()), join(c.keywords()),
				String.valueOf(item.monthlyApplications()), c.guide() == null ? "" : json.writeValueAsString(c.guide()),
				c.form().fields().isEmpty() ? "" : json.writeValueAsString(c.form()));
	}

	private static String join(Collection<String> values) {
		return String.join(";", values);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
