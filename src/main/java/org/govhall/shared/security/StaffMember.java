package org.govhall.shared.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.govhall.shared.web.ProblemException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in staff member (工作人员) as every module sees them — name, department and roles — and the one way
 * to ask "who is this, and may they?": {@link #signedIn()} and {@link #withAnyRole(String, StaffRole...)} in code,
 * {@link StaffOnly} on a controller (checked before the request is read, so refusal comes before validation).
 * Confining staff to their own department's objects is the module's check, with {@link #worksFor(String)}.
 */
public interface StaffMember {

	String getUsername();

	/** The code of the staff member's department, e.g. {@code SCJG}. */
	String departmentCode();

	/** The roles held; none for a department system calling the exchange. */
	Set<StaffRole> roles();

	default boolean hasRole(StaffRole role) {
		return roles().contains(role);
	}

	default boolean hasAnyRole(StaffRole... roles) {
		return Arrays.stream(roles).anyMatch(this::hasRole);
	}

	/** Whether the staff member belongs to the department with this code. */
	default boolean worksFor(String department) {
		return department != null && departmentCode().equalsIgnoreCase(department.strip());
	}

	/** The staff member of the current request, if a staff member is signed in. */
	static Optional<StaffMember> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffMember staff ? Optional.of(staff)
				: Optional.empty();
	}

	/**
	 * The signed-in staff member; nobody signed in is refused with 401, a signed-in citizen with 403.
	 */
	static StaffMember signedIn() {
		return signedIn("problem.forbidden.staffOnly");
	}

	/** The signed-in staff member; a signed-in citizen is refused with the sentence {@code refusalKey}. */
	static StaffMember signedIn(String refusalKey) {
		return current().orElseThrow(
				() -> somebodySignedIn() ? ProblemException.forbidden(refusalKey) : ProblemException.unauthorized());
	}

	/**
	 * The signed-in staff member holding at least one of {@code roles}; others signed in are refused with 403 and
	 * the sentence {@code refusalKey} ("只有数据管理员……").
	 */
	static StaffMember withAnyRole(String refusalKey, StaffRole... roles) {
		StaffMember staff = signedIn(refusalKey);
		if (!staff.hasAnyRole(roles)) {
			throw ProblemException.forbidden(refusalKey);
		}
		return staff;
	}

	private static boolean somebodySignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}
}
