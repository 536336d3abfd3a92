package org.govhall.supervision.internal;

import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.security.StaffRole;
import org.govhall.supervision.Alert;

import org.springframework.stereotype.Component;

/**
 * Tells people what supervision found: the alert is kept for the hall's pages, and the same words go by text
 * message (the hall's SMS adapter) to the department's heads, or to the supervisors, who have a mobile number on
 * their staff account.
 */
@Component
class StaffTexts {

	private final AlertStore alerts;

	private final OrganisationDirectory directory;

	StaffTexts(AlertStore alerts, OrganisationDirectory directory) {
		this.alerts = alerts;
		this.directory = directory;
	}

	void tell(Alert alert) {
		alerts.add(alert);
		String text = "【电子监察】" + alert.messageZh();
		if (alert.department() == null) {
			directory.textStaffWithRole(null, StaffRole.SUPERVISOR, text);
		}
		else {
			directory.textStaffWithRole(alert.department(), StaffRole.DEPARTMENT_HEAD, text);
		}
	}
}
