package org.govhall.supervision;

/** How an open branch stands against its promised limit (红黄牌). */
public enum WarningLevel {
	/** within its limit with room to spare, paused, or closed */
	NONE,
	/** 黄牌: a configurable share of its limit or less is left */
	YELLOW,
	/** 红牌: past its last day */
	RED;

	public String labelKey() {
		return "supervision.level." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
