package org.govhall.licence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 电子证照标识 (GB/T 36904-2018): {@code 1.2.156.3005.2.} + the licence type code (the defining authority's unified
 * social credit code and three digits) + {@code .} + the issuing authority's credit code + {@code .} + a serial +
 * {@code .} + a three-digit version + {@code .} + a check character computed by ISO/IEC 7064 MOD 37,36 over
 * everything after the prefix without the dots.
 *
 * @param typeCode 证照类型代码, 21 characters
 * @param issuerCode the issuing authority's unified social credit code
 * @param serial the licence's serial, digits
 * @param version the licence's version, 1 to 999
 */
public record LicenceIdentifier(String typeCode, String issuerCode, String serial, int version) {

	/** The object identifier arc of electronic licences. */
	public static final String PREFIX = "1.2.156.3005.2.";

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final Pattern FORM = Pattern.compile(
			"1\\.2\\.156\\.3005\\.2\\.([0-9A-Z]{18}[0-9]{3})\\.([0-9A-Z]{18})\\.([0-9]{1,30})\\.([0-9]{3})\\.([0-9A-Z])");

	public LicenceIdentifier {
		if (typeCode == null || !typeCode.matches("[0-9A-Z]{18}[0-9]{3}")) {
			throw new IllegalArgumentException("a licence type code is 18 code characters and three digits");
		}
		if (issuerCode == null || !issuerCode.matches("[0-9A-Z]{18}")) {
			throw new IllegalArgumentException("an issuer code is a unified social credit code");
		}
		if (serial == null || !serial.matches("[0-9]{1,30}")) {
			throw new IllegalArgumentException("a serial is digits");
		}
		if (version < 1 || version > 999) {
			throw new IllegalArgumentException("a version is 1 to 999");
		}
	}

	/** The identifier as written, with its check character. */
	@Override
	public String toString() {
		String body = body();
		return PREFIX + body + "." + checkCharacter(body.replace(".", ""));
	}

	private String body() {
		return typeCode + "." + issuerCode + "." + serial + "." + String.format("%03d", version);
	}

	/**
	 * Reads an identifier; empty when it is not of the standard's form or its check character is wrong (a typing
	 * error, or a made-up identifier).
	 */
	public static Optional<LicenceIdentifier> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
		if (!m.matches()) {
			return Optional.empty();
		}
		String unchecked = m.group(1) + m.group(2) + m.group(3) + m.group(4);
		if (checkCharacter(unchecked) != m.group(5).charAt(0)) {
			return Optional.empty();
		}
		return Optional.of(new LicenceIdentifier(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4))));
	}

	/** ISO/IEC 7064 MOD 37,36 over code characters (digits and capital letters). */
	static char checkCharacter(String characters) {
		int p = 36;
		for (int i = 0; i < characters.length(); i++) {
			int v = ALPHABET.indexOf(characters.charAt(i));
			if (v < 0) {
				throw new IllegalArgumentException("not a code character: " + characters.charAt(i));
			}
			p = (p + v) % 36;
			if (p == 0) {
				p = 36;
			}
			p = (2 * p) % 37;
		}
		return ALPHABET.charAt((37 - p) % 36);
	}
}
