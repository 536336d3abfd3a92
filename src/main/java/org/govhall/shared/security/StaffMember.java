package org.govhall.shared.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in staff member as modules other than identity see them: name, department and roles, without a
 * dependency on the identity module (which itself will read the data-exchange module).
 */
public interface StaffMember {

	String getUsername();

	/** The code of the staff member's department, e.g. {@code SCJG}. */
	String departmentCode();

	/** Role names, e.g. {@code DATA_STEWARD}. */
	Set<String> roleNames();

	default boolean hasRoleNamed(String role) {
		return roleNames().contains(role);
	}

	/** The staff member of the current request, if a staff member is signed in. */
	static Optional<StaffMember> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffMember staff ? Optional.of(staff)
				: Optional.empty();
	}
}
