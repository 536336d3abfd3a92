package org.govhall.catalog;


/** An item was suspended, retired or made active again. */
public record ServiceItemLifecycleChanged(String implementationCode, Lifecycle lifecycle) {
}
