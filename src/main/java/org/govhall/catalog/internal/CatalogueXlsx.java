package org.govhall.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.govhall.catalog.ServiceItem;

/** The catalogue as an XLSX workbook: its first sheet, every cell read as text, in the columns of {@link CatalogueColumns}. */
class CatalogueXlsx {

	private final CatalogueColumns columns;

	CatalogueXlsx(CatalogueColumns columns) {
		this.columns = columns;
	}

	CatalogueColumns.Read read(byte[] bytes, CatalogueColumns.Messages messages) {
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
			return CatalogueColumns.Read.failed(messages, "catalog.import.malformedXlsx");
		}
		return columns.read(rows, messages);
	}

	void write(List<ServiceItem> items, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "GovHall", "1.0");
			Worksheet sheet = workbook.newWorksheet("catalogue");
			for (int c = 0; c < CatalogueColumns.COLUMNS.size(); c++) {
				sheet.value(0, c, CatalogueColumns.COLUMNS.get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < items.size(); r++) {
				List<String> cells = columns.cells(items.get(r));
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
}
