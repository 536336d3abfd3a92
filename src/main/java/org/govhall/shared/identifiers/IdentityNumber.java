package org.govhall.shared.identifiers;

import java.time.LocalDate;

/**
 * A valid citizen identity number (公民身份号码, GB 11643) and what it encodes.
 *
 * @param value the 18 characters, check character in upper case
 * @param divisionCode the address code of first registration (GB/T 2260; may be a historical code)
 * @param birthDate the date of birth
 * @param gender from the sequence code
 */
public record IdentityNumber(String value, String divisionCode, LocalDate birthDate, Gender gender) {
}
