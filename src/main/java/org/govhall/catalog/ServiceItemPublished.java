package org.govhall.catalog;

/** A new version of an item was published (and the previous one superseded): search indexes refresh. */
public record ServiceItemPublished(String implementationCode, int version) {
}
