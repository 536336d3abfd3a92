package org.govhall.shared.crypto;

/** A sealed value that cannot be opened: altered, sealed under another key or for another context. */
public class SecretBoxException extends RuntimeException {

	public SecretBoxException(String message) {
		super(message);
	}
}
