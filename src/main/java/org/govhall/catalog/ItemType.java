package org.govhall.catalog;

/** The type of a service item (事项类型, GB/T 39046), with the two-letter code that starts its basic code. */
public enum ItemType {
	ADMINISTRATIVE_LICENSING("XK"), ADMINISTRATIVE_CONFIRMATION("QR"), ADMINISTRATIVE_PAYMENT("JF"),
	ADMINISTRATIVE_INSPECTION("JC"), ADMINISTRATIVE_ADJUDICATION("CJ"), ADMINISTRATIVE_REWARD("JL"),
	OTHER_ADMINISTRATIVE_POWER("QT"), PUBLIC_SERVICE("GG");

	private final String code;

	ItemType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
