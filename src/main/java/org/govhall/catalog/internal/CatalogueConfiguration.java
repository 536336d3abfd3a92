package org.govhall.catalog.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.web.PublicPaths;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The catalogue's search index, its start-up build, and the public paths of the guide pages and API. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	@Bean
	CatalogueIndex catalogueIndex(OrganisationDirectory organisation, tools.jackson.databind.json.JsonMapper json) {
		Map<String, String> names = new ConcurrentHashMap<>();
		return new CatalogueIndex(code -> names.computeIfAbsent(code,
				c -> organisation.departmentByCode(c).map(DepartmentSummary::nameZh).orElse(c)), json);
	}

	/** Builds the index after the demo data (order 20) is in. */
	@Bean
	@Order(30)
	ApplicationRunner catalogueIndexAtStart(CatalogueIndexer indexer) {
		return (ApplicationArguments args) -> indexer.rebuild();
	}

	@Bean
	PublicPaths openCatalogue() {
		return PublicPaths.of("/services", "/services/**", "/bundles", "/bundles/**", "/api/v1/catalog/items",
				"/api/v1/catalog/items/**", "/api/v1/catalog/search", "/api/v1/catalog/bundles",
				"/api/v1/catalog/bundles/**", "/api/v1/catalog/life-events", "/v3/api-docs",
				"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
	}
}
