package org.govhall.exchange;

import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;

/**
 * Who may do what in data sharing: every staff member browses the catalogue; data stewards, department heads and
 * administrators ask for access, decide on their department's resources and publish them; administrators
 * register department systems and generate demo population; supervisors and administrators read the access log.
 */
public final class SharingRoles {

	/** The roles that ask for access, decide and publish for their department. */
	public static final StaffRole[] APPLICANTS = { StaffRole.DATA_STEWARD, StaffRole.DEPARTMENT_HEAD,
			StaffRole.ADMINISTRATOR };

	private SharingRoles() {
	}

	/** Whether the staff member may ask for access to another department's resources. */
	public static boolean mayRequest(StaffMember staff) {
		return staff.hasAnyRole(APPLICANTS);
	}
}
