package org.govhall.catalog.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.startup.StartupTask;
import org.govhall.shared.web.PublicPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue's search index, its start-up build, and the public paths of the guide pages and API. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	@Bean
	CatalogueIndex catalogueIndex(OrganisationDirectory organisation, tools.jackson.databind.json.JsonMapper json) {
		Map<String, String> names = new ConcurrentHashMap<>();
		CatalogueIndex index = new CatalogueIndex(code -> names.computeIfAbsent(code,
				c -> organisation.departmentByCode(c).map(DepartmentSummary::nameZh).orElse(c)), json);
		// the SmartCN dictionaries load beside the rest of the start; a failure surfaces in the index build at start
		Thread analysis = new Thread(() -> {
			try {
				index.prepareQueries();
			}
			catch (RuntimeException ex) {
				// reported by the index build, which makes the analysis again
			}
		}, "catalogue-analysis");
		analysis.setDaemon(true);
		analysis.start();
		return index;
	}

	/** Builds the index at start, after the demo catalogue (whose import has built it already on a first start). */
	@Bean
	StartupTask catalogueIndexAtStart(CatalogueIndexer indexer) {
		return new StartupTask() {

			@Override
			public String name() {
				return "catalog.index";
			}

			@Override
			public Set<String> after() {
				return Set.of("catalog.demo-catalogue");
			}

			@Override
			public void run() {
				indexer.buildUnlessBuilt();
			}
		};
	}

	@Bean
	PublicPaths openCatalogue() {
		return PublicPaths.of("/services", "/services/**", "/bundles", "/bundles/**", "/api/v1/catalog/items",
				"/api/v1/catalog/items/**", "/api/v1/catalog/search", "/api/v1/catalog/bundles",
				"/api/v1/catalog/bundles/**", "/api/v1/catalog/life-events", "/v3/api-docs",
				"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
	}
}
