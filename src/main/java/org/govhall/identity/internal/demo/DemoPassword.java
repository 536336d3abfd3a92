package org.govhall.identity.internal.demo;

import org.govhall.shared.GovHallProperties;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The hash of the demo password from the README, computed once for every demo account (staff and citizens):
 * a password hash costs tens of milliseconds by design, and the accounts share the password anyway.
 */
@Component
class DemoPassword {

	private final SingletonSupplier<String> hash;

	DemoPassword(PasswordEncoder passwords, GovHallProperties properties) {
		this.hash = SingletonSupplier.of(() -> passwords.encode(properties.demo().password()));
	}

	String hash() {
		return hash.obtain();
	}
}
