package org.govhall.licence;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: issue a licence by hand.
 *
 * @param typeCode the licence type
 * @param holderName the holder's name
 * @param holderCode the holder's identity number or credit code
 * @param divisionCode the division it belongs to (the hall's own when absent)
 * @param fields the type's entries
 * @param reason why it is issued by hand
 */
public record IssueLicence(@NotBlank String typeCode, @NotBlank @Size(max = 200) String holderName,
		@NotBlank @Size(max = 18) String holderCode, @Pattern(regexp = "[0-9]{6}") String divisionCode,
		Map<String, @Size(max = 2000) String> fields, @NotBlank @Size(max = 500) String reason) {
}
