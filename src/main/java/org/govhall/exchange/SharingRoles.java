package org.govhall.exchange;

import java.util.Set;

import org.govhall.shared.security.StaffMember;

/**
 * Who may do what in data sharing: every staff member browses the catalogue; data stewards, department heads and
 * administrators ask for access and decide on their department's resources (the roles {@link DataSharing} and
 * {@link ResourcePublishing} enforce); administrators generate demo population.
 */
public final class SharingRoles {

	/** The roles that ask for access, decide and publish for their department. */
	public static final Set<String> APPLICANTS = DataSharing.APPLICANT_ROLES;

	private SharingRoles() {
	}

	/** Whether the staff member may ask for access to another department's resources. */
	public static boolean mayRequest(StaffMember staff) {
		return APPLICANTS.stream().anyMatch(staff::hasRoleNamed);
	}
}
