package org.govhall.catalog;

/** Where a version of an item stands in editing and review (版本状态). */
public enum VersionStatus {
	DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED
}
