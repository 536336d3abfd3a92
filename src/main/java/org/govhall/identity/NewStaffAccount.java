package org.govhall.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govhall.shared.security.StaffRole;

/**
 * The command to open a staff account.
 *
 * @param username sign-in name: lower-case letters, digits, dots, dashes and underscores
 * @param displayName the name shown to colleagues and in the audit trail
 * @param departmentCode the department the account belongs to
 * @param roles at least one role
 * @param password the initial password (at least 10 characters)
 */
public record NewStaffAccount(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String username,
		@NotBlank @Size(max = 100) String displayName, @NotBlank String departmentCode,
		@NotEmpty Set<StaffRole> roles, @NotBlank @Size(min = 10, max = 128) String password) {
}
