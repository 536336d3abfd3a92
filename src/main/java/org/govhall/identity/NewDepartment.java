package org.govhall.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govhall.shared.identifiers.ValidCreditCode;
import org.govhall.shared.identifiers.ValidDivisionCode;

/**
 * The command to register a department.
 *
 * @param code a short stable code of capital letters and digits, e.g. {@code SCJG}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param creditCode its unified social credit code (GB 32100)
 * @param divisionCode the administrative division it serves (GB/T 2260)
 */
public record NewDepartment(@NotBlank @Pattern(regexp = "[A-Z0-9]{2,32}") String code,
		@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 200) String nameEn,
		@NotBlank @ValidCreditCode String creditCode, @NotBlank @ValidDivisionCode String divisionCode) {
}
