package org.govhall.exchange.spi;

import java.util.Optional;

/**
 * What the exchange asks of the service catalogue: the name of the published service item (事项) with an
 * implementation code, so that an access request names the services it serves ("需求导向") and the provider
 * sees them by name. The catalogue module implements it; without an implementation, codes are taken as given.
 */
public interface ServiceItemNames {

	/** The name of the published item with this implementation code, if there is one. */
	Optional<String> nameOf(String implementationCode);
}
