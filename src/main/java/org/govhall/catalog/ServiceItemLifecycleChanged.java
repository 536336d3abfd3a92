package org.govhall.catalog;

import org.govhall.catalog.Lifecycle;

/** An item was suspended, retired or made active again. */
public record ServiceItemLifecycleChanged(String implementationCode, Lifecycle lifecycle) {
}
