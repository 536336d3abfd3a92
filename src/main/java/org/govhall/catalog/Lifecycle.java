package org.govhall.catalog;

/** Whether an item can be applied for (事项状态): active, suspended (暂停) or retired (取消) from a date. */
public enum Lifecycle {
	ACTIVE, SUSPENDED, RETIRED
}
