package org.govhall.identity.internal.people;

/**
 * Sends a text message to a mobile. A city plugs in its operator's gateway; the development adapter keeps the
 * message in a table and the log instead (and is refused under the {@code prod} profile).
 */
public interface SmsGateway {

	void send(String mobile, String text);
}
