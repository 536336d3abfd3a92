package org.govhall.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govhall.catalog.ApplicationForm;
import org.govhall.catalog.Audience;
import org.govhall.catalog.CaseType;
import org.govhall.catalog.ExerciseLevel;
import org.govhall.catalog.ItemContent.Fee;
import org.govhall.catalog.ItemContent.Guide;
import org.govhall.catalog.ItemContent.TimeLimit;
import org.govhall.catalog.ItemType;
import org.govhall.catalog.OnlineDepth;
import org.govhall.catalog.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of a catalogue table read into an item: every cell that cannot be read becomes a problem naming its row
 * and column, and the row then yields no item.
 */
final class CatalogueRow {

	private final int number;

	private final List<String> cells;

	private final Map<String, Integer> at;

	private final List<ImportReport.Problem> problems;

	private final CatalogueColumns.Messages messages;

	private boolean failed;

	CatalogueRow(int number, List<String> cells, Map<String, Integer> at, List<ImportReport.Problem> problems,
			CatalogueColumns.Messages messages) {
		this.messages = messages;
		this.number = number;
		this.cells = cells;
		this.at = at;
		this.problems = problems;
	}

	CatalogueFile.Item item(JsonMapper json) {
		String basic = text("basicCode");
		TimeLimit legal = new TimeLimit(number("legalLimitValue"), value("legalLimitUnit", TimeUnit::valueOf),
				text("legalLimitNote"));
		TimeLimit promised = new TimeLimit(number("promisedLimitValue"),
				value("promisedLimitUnit", TimeUnit::valueOf), text("promisedLimitNote"));
		Set<Audience> audiences = list("audiences").stream().map(a -> parse("audiences", a, Audience::valueOf))
			.filter(Objects::nonNull).collect(Collectors.toSet());
		Guide guide = json(json, "guide", Guide.class, "catalog.import.badGuide");
		ApplicationForm form = json(json, "form", ApplicationForm.class, "catalog.import.badForm");
		CatalogueFile.Item item = new CatalogueFile.Item(basic, text("handlingCode"), text("department"),
				text("divisionCode"), number("monthlyApplications"), text("name"), value("type", ItemType::valueOf),
				value("level", ExerciseLevel::valueOf), audiences, value("caseType", CaseType::valueOf), legal,
				promised, number("visits"), value("onlineDepth", OnlineDepth::valueOf),
				new Fee(bool("feeCharged"), text("feeStandard"), text("feeBasis")), list("lifeEvents"),
				list("topics"), list("keywords"), guide, form);
		return failed ? null : item;
	}

	/** A column holding JSON: null when empty, a problem when unreadable. */
	private <T> T json(JsonMapper json, String column, Class<T> type, String problemKey) {
		String text = text(column);
		if (text.isBlank()) {
			return null;
		}
		try {
			return json.readValue(text, type);
		}
		catch (RuntimeException ex) {
			problem(column, problemKey);
			return null;
		}
	}

	private String text(String column) {
		Integer index = at.get(column);
		return index == null || index >= cells.size() ? "" : cells.get(index).strip();
	}

	private List<String> list(String column) {
		String text = text(column);
		return text.isEmpty() ? List.of()
				: Arrays.stream(text.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private int number(String column) {
		String text = text(column);
		try {
			return text.isEmpty() ? 0 : (int) Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			problem(column, "catalog.import.notANumber");
			return 0;
		}
	}

	private boolean bool(String column) {
		String text = text(column).toLowerCase(Locale.ROOT);
		return text.equals("true") || text.equals("是") || text.equals("1") || text.equals("yes");
	}

	private <T> T value(String column, Function<String, T> parser) {
		return parse(column, text(column), parser);
	}

	private <T> T parse(String column, String text, Function<String, T> parser) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return parser.apply(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problem(column, "catalog.import.unknownValue");
			return null;
		}
	}

	private void problem(String column, String key) {
		failed = true;
		problems.add(new ImportReport.Problem(messages.text("catalog.import.row", number), text("basicCode"), column,
				messages.text(key, text(column))));
	}
}
