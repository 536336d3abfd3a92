package org.govhall.identity.internal;

import java.util.List;

import org.govhall.identity.internal.people.SmsGateway;
import org.govhall.shared.security.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Text messages to staff: to every enabled account holding a role, in one department or in all, with a mobile. */
@Component
public class StaffMobiles {

	private final JdbcClient jdbc;

	private final SmsGateway sms;

	StaffMobiles(JdbcClient jdbc, SmsGateway sms) {
		this.jdbc = jdbc;
		this.sms = sms;
	}

	/** Answers how many were texted. */
	public int text(String departmentCode, StaffRole role, String text) {
		List<String> mobiles = jdbc.sql("""
				select distinct a.mobile from identity_staff_account a
				join identity_staff_role r on r.staff_account_id = a.id and r.role = ?
				join identity_department d on d.id = a.department_id
				where a.enabled and a.mobile is not null and (cast(? as text) is null or upper(d.code) = upper(?))
				order by a.mobile""")
			.params(role.name(), departmentCode, departmentCode).query(String.class).list();
		mobiles.forEach(m -> sms.send(m, text));
		return mobiles.size();
	}
}
