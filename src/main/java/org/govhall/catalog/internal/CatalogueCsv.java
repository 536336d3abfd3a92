package org.govhall.catalog.internal;

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
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.govhall.catalog.ServiceItem;

/**
 * The catalogue as CSV: strictly UTF-8 (a byte-order mark allowed, and written so that spreadsheet programs read
 * Chinese right), RFC 4180 quoting, in the columns of {@link CatalogueColumns}.
 */
class CatalogueCsv {

	private final CatalogueColumns columns;

	CatalogueCsv(CatalogueColumns columns) {
		this.columns = columns;
	}

	CatalogueColumns.Read read(byte[] bytes, CatalogueColumns.Messages messages) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return CatalogueColumns.Read.failed(messages, "catalog.import.encoding");
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
			return CatalogueColumns.Read.failed(messages, "catalog.import.malformedCsv");
		}
		return columns.read(rows, messages);
	}

	void write(List<ServiceItem> items, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
			printer.printRecord(CatalogueColumns.COLUMNS);
			for (ServiceItem item : items) {
				printer.printRecord(columns.cells(item));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
