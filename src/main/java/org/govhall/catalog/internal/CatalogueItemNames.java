package org.govhall.catalog.internal;

import java.util.Optional;

import org.govhall.catalog.Catalogue;
import org.govhall.exchange.spi.ServiceItemNames;

import org.springframework.stereotype.Component;

/** Tells the data exchange the names of published service items its access requests serve. */
@Component
class CatalogueItemNames implements ServiceItemNames {

	private final Catalogue catalogue;

	CatalogueItemNames(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Optional<String> nameOf(String implementationCode) {
		return catalogue.published(implementationCode).map(item -> item.content().name());
	}
}
