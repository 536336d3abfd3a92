package org.govhall.rating;

/** Where a rating was given. */
public enum Channel {
	/** in the portal, signed in */
	ONLINE,
	/** through the signed link of the text message */
	LINK,
	/** at the counter, recorded by window staff */
	WINDOW;

	public String labelKey() {
		return "rating.channel." + name();
	}
}
