package org.govhall.identity.internal.people;

import org.govhall.shared.web.ProblemException;


/** What a citizen's password must be: 10 to 64 characters with letters and digits, not the identity number. */
public final class PasswordRules {

	public static final int MIN_LENGTH = 10;

	private PasswordRules() {
	}

	/**
	 * Checks a new password.
	 *
	 * @param field the form field the password was typed in, named in the refusal
	 */
	public static void check(String field, String password, String identityNumber, String mobile) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > 64
				|| password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			throw ProblemException.invalid(field, "identity.password.weak", MIN_LENGTH);
		}
		String lower = password.toLowerCase(java.util.Locale.ROOT);
		if ((identityNumber != null && lower.contains(identityNumber.toLowerCase(java.util.Locale.ROOT).substring(6, 14)))
				|| (mobile != null && !mobile.isBlank() && password.contains(mobile))) {
			throw ProblemException.invalid(field, "identity.password.personal");
		}
	}
}
