package org.govhall.catalog.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import org.govhall.catalog.internal.CatalogueFile;
import org.govhall.catalog.internal.CatalogueImport;
import org.govhall.catalog.internal.CatalogueStore;
import org.govhall.catalog.internal.ImportReport;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo hall's catalogue from {@code catalog/demo/catalogue.json} (after the demo organisation,
 * whose departments it names). A file with any error stops the start: demo data must be right.
 */
@Component
class DemoCatalogue implements StartupTask {

	static final String RESOURCE = "catalog/demo/catalogue.json";

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	private final CatalogueImport importer;

	private final CatalogueStore store;

	private final JsonMapper json;

	private final GovHallProperties properties;

	DemoCatalogue(CatalogueImport importer, CatalogueStore store, JsonMapper json, GovHallProperties properties) {
		this.importer = importer;
		this.store = store;
		this.json = json;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "catalog.demo-catalogue";
	}

	/** The catalogue names the demo departments. */
	@Override
	public Set<String> after() {
		return Set.of("identity.demo-organisation");
	}

	@Override
	public void run() {
		if (!properties.demo().enabled() || !store.isEmpty()) {
			return;
		}
		CatalogueFile file;
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			file = json.readValue(in, CatalogueFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ImportReport report = importer.importFile(file, AuditTrail.SYSTEM, Locale.ENGLISH);
		if (!report.imported()) {
			throw new IllegalStateException(RESOURCE + " has " + report.problems().size() + " problems, first: "
					+ report.problems().get(0));
		}
		log.info("Demo catalogue created: {} items, {} bundles", report.items(), report.bundles());
	}
}
