package org.govhall.catalog.internal;

import java.io.OutputStream;
import java.util.List;

import org.govhall.catalog.Bundle;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ServiceItem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the published catalogue in the formats the import reads: JSON (with bundles), CSV and XLSX. */
@Service
public class CatalogueExport {

	private final CatalogueStore store;

	private final JsonMapper json;

	private final CatalogueCsv csv;

	private final CatalogueXlsx xlsx;

	CatalogueExport(CatalogueStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
		CatalogueColumns columns = new CatalogueColumns(json);
		this.csv = new CatalogueCsv(columns);
		this.xlsx = new CatalogueXlsx(columns);
	}

	@Transactional(readOnly = true)
	public void write(CatalogueImportJobs.Format format, OutputStream out) {
		List<ServiceItem> items = store.allPublished();
		switch (format) {
			case CSV -> csv.write(items, out);
			case XLSX -> xlsx.write(items, out);
			case JSON -> json.writeValue(out, file(items, store.bundles()));
		}
	}

	private static CatalogueFile file(List<ServiceItem> items, List<Bundle> bundles) {
		List<CatalogueFile.Item> entries = items.stream().map(CatalogueExport::entry).toList();
		List<CatalogueFile.BundleEntry> bundleEntries = bundles.stream()
			.map(b -> new CatalogueFile.BundleEntry(b.code(), b.name(), b.audiences(), b.description(),
					b.promisedLimit(), b.stages().stream().map(stage -> stage.stream().map(CatalogueExport::basicCode)
						.toList()).toList()))
			.toList();
		return new CatalogueFile(entries, bundleEntries);
	}

	private static CatalogueFile.Item entry(ServiceItem item) {
		ItemContent c = item.content();
		return new CatalogueFile.Item(item.basicCode(), item.handlingCode(), item.departmentCode(), item.divisionCode(),
				item.monthlyApplications(), c.name(), c.type(), c.level(), c.audiences(), c.caseType(), c.legalLimit(),
				c.promisedLimit(), c.visits(), c.onlineDepth(), c.fee(), c.lifeEvents(), c.topics(), c.keywords(),
				c.guide(), c.form());
	}

	/** The basic code inside an implementation code (credit code, basic code, handling code). */
	static String basicCode(String implementationCode) {
		return implementationCode.substring(18, 28);
	}
}
