package org.govhall.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.govhall.shared.identifiers.ValidDivisionCode;

/**
 * The command to create a new item as a first draft.
 *
 * @param basicCode 基本编码: type code, main item, sub-item, e.g. {@code XK00101001}
 * @param handlingCode 业务办理项编码, {@code 00} when there is only one way of handling
 * @param departmentCode the implementing department
 * @param divisionCode the division served
 * @param content the first draft
 */
public record NewServiceItem(@NotBlank @Pattern(regexp = "[A-Z]{2}\\d{8}") String basicCode,
		@NotBlank @Pattern(regexp = "\\d{2}") String handlingCode, @NotBlank String departmentCode,
		@NotBlank @ValidDivisionCode String divisionCode, @NotNull @Valid ItemContent content) {
}
