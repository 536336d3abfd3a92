package org.govhall.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.govhall.catalog.CatalogueEnums.Audience;
import org.govhall.catalog.CatalogueEnums.CaseType;
import org.govhall.catalog.CatalogueEnums.ExerciseLevel;
import org.govhall.catalog.CatalogueEnums.ItemType;
import org.govhall.catalog.CatalogueEnums.OnlineDepth;
import org.govhall.catalog.CatalogueEnums.TimeUnit;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ItemContent.Fee;
import org.govhall.catalog.ItemContent.Guide;
import org.govhall.catalog.ItemContent.TimeLimit;
import org.govhall.catalog.ServiceItem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as a table (CSV in UTF-8, or an XLSX workbook): one row per item, lists separated by {@code ;},
 * the guide as JSON in its own column. Reading never stops at the first bad row: every cell that cannot be read
 * becomes a problem with its row and column, and the rows that could be read are handed on for checking.
 */
public class CatalogueTable {

	/** The columns, in order; the header row must name all of them (any order). */
	public static final List<String> COLUMNS = List.of("basicCode", "handlingCode", "department", "divisionCode",
			"name", "type", "level", "audiences", "caseType", "legalLimitValue", "legalLimitUnit", "legalLimitNote",
			"promisedLimitValue", "promisedLimitUnit", "promisedLimitNote", "visits", "onlineDepth", "feeCharged",
			"feeStandard", "feeBasis", "lifeEvents", "topics", "keywords", "monthlyApplications", "guide");

	private final JsonMapper json;

	public CatalogueTable(JsonMapper json) {
		this.json = json;
	}

	/** Turns a message key and its arguments into text in the reader's language. */
	@FunctionalInterface
	public interface Messages {

		String text(String key, Object... args);
	}

	/** What was read: the items, the row number of each, and the problems (row and column). */
	public record Read(List<CatalogueFile.Item> items, List<Integer> rows, List<ImportReport.Problem> problems) {
	}

	public Read readCsv(byte[] bytes, Messages messages) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return failed(messages, "catalog.import.encoding");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return failed(messages, "catalog.import.malformedCsv");
		}
		return fromRows(rows, messages);
	}

	public Read readXlsx(byte[] bytes, Messages messages) {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getFirstSheet();
			for (Row row : sheet.read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellAsString(c).orElse(""));
				}
				rows.add(cells);
			}
		}
		catch (IOException | RuntimeException ex) {
			return failed(messages, "catalog.import.malformedXlsx");
		}
		return fromRows(rows, messages);
	}

	private Read fromRows(List<List<String>> rows, Messages messages) {
		if (rows.isEmpty()) {
			return failed(messages, "catalog.import.emptyFile");
		}
		List<String> header = rows.get(0).stream().map(String::strip).toList();
		Set<String> missing = new LinkedHashSet<>(COLUMNS);
		header.forEach(missing::remove);
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
			RowReader row = new RowReader(r + 1, cells, at, problems, messages);
			CatalogueFile.Item item = row.item(json);
			if (item != null) {
				items.add(item);
				numbers.add(r + 1);
			}
		}
		return new Read(items, numbers, problems);
	}

	private static Read failed(Messages messages, String key) {
		return new Read(List.of(), List.of(),
				List.of(new ImportReport.Problem(messages.text("catalog.import.file"), null, null, messages.text(key))));
	}

	public void writeCsv(List<ServiceItem> items, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
			printer.printRecord(COLUMNS);
			for (ServiceItem item : items) {
				printer.printRecord(cells(item));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void writeXlsx(List<ServiceItem> items, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "GovHall", "1.0");
			Worksheet sheet = workbook.newWorksheet("catalogue");
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(0, c, COLUMNS.get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < items.size(); r++) {
				List<String> cells = cells(items.get(r));
				for (int c = 0; c < cells.size(); c++) {
					sheet.value(r + 1, c, cells.get(c));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> cells(ServiceItem item) {
		ItemContent c = item.content();
		return List.of(item.basicCode(), item.handlingCode(), item.departmentCode(), item.divisionCode(), c.name(),
				c.type().name(), c.level().name(), join(c.audiences().stream().map(Enum::name).sorted().toList()),
				c.caseType().name(), String.valueOf(c.legalLimit().value()), c.legalLimit().unit().name(),
				nullToEmpty(c.legalLimit().note()), String.valueOf(c.promisedLimit().value()),
				c.promisedLimit().unit().name(), nullToEmpty(c.promisedLimit().note()), String.valueOf(c.visits()),
				c.onlineDepth().name(), String.valueOf(c.fee().charged()), nullToEmpty(c.fee().standard()),
				nullToEmpty(c.fee().basis()), join(c.lifeEvents()), join(c.topics()), join(c.keywords()),
				String.valueOf(item.monthlyApplications()), c.guide() == null ? "" : json.writeValueAsString(c.guide()));
	}

	private static String join(java.util.Collection<String> values) {
		return String.join(";", values);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/** Reads the cells of one row, noting every cell it cannot read. */
	private static final class RowReader {

		private final int number;

		private final List<String> cells;

		private final Map<String, Integer> at;

		private final List<ImportReport.Problem> problems;

		private final Messages messages;

		private boolean failed;

		RowReader(int number, List<String> cells, Map<String, Integer> at, List<ImportReport.Problem> problems,
				Messages messages) {
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
				.filter(java.util.Objects::nonNull).collect(Collectors.toSet());
			Guide guide = null;
			String guideJson = text("guide");
			if (!guideJson.isBlank()) {
				try {
					guide = json.readValue(guideJson, Guide.class);
				}
				catch (RuntimeException ex) {
					problem("guide", "catalog.import.badGuide");
				}
			}
			CatalogueFile.Item item = new CatalogueFile.Item(basic, text("handlingCode"), text("department"),
					text("divisionCode"), number("monthlyApplications"), text("name"), value("type", ItemType::valueOf),
					value("level", ExerciseLevel::valueOf), audiences, value("caseType", CaseType::valueOf), legal,
					promised, number("visits"), value("onlineDepth", OnlineDepth::valueOf),
					new Fee(bool("feeCharged"), text("feeStandard"), text("feeBasis")), list("lifeEvents"),
					list("topics"), list("keywords"), guide);
			return failed ? null : item;
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
			String text = text(column).toLowerCase(java.util.Locale.ROOT);
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
				return parser.apply(text.toUpperCase(java.util.Locale.ROOT));
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
}
