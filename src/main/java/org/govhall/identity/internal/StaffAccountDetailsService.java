package org.govhall.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.govhall.identity.StaffPrincipal;
import org.govhall.shared.security.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a staff account for sign-in (through {@link HallAccounts}) with its department and roles in one query,
 * and whether it is locked right now. It sits on the sign-in path, so it does not load the whole aggregate.
 */
@Service
public class StaffAccountDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffAccountDetailsService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("""
				select a.id, a.username, a.display_name, a.department_id, d.code, a.enabled, a.locked_until,
				       a.password_hash, coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
				from identity_staff_account a
				join identity_department d on d.id = a.department_id
				left join identity_staff_role r on r.staff_account_id = a.id
				where a.username = ?
				group by a.id, d.code""")
			.param(username.trim().toLowerCase(Locale.ROOT))
			.query((rs, n) -> {
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
				Arrays.stream((String[]) rs.getArray("roles").getArray()).map(StaffRole::valueOf).forEach(roles::add);
				return (UserDetails) new StaffPrincipal(rs.getLong("id"), rs.getString("username"),
						rs.getString("display_name"), rs.getLong("department_id"), rs.getString("code"), roles,
						rs.getBoolean("enabled"), lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()),
						rs.getString("password_hash"));
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
	}
}
