package org.govhall.identity.internal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govhall.identity.internal.Department;
import org.govhall.identity.internal.Departments;
import org.govhall.identity.internal.StaffAccount;
import org.govhall.identity.internal.StaffAccounts;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.govhall.shared.security.StaffRole.*;

/**
 * Creates the demo organisation of a Shanghai-like city on the first start of a demo hall: the departments of
 * {@code identity/demo-departments.csv}, each with its staff, all with the demo password from the README. The
 * same every time (no randomness), created once, and refused under the {@code prod} profile.
 */
@Component
class DemoOrganisation implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "林", "高", "罗" };

	private static final String[] GIVEN_NAMES = { "建国", "秀英", "伟", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰",
			"娟", "涛", "明", "超", "霞", "平", "刚", "丽", "强", "晨", "悦", "浩然", "思远" };

	private final Departments departments;

	private final StaffAccounts staff;

	private final DemoPassword password;

	private final AuditTrail audit;

	private final GovHallProperties properties;

	private final Clock clock;

	private final JdbcClient jdbc;

	DemoOrganisation(Departments departments, StaffAccounts staff, DemoPassword password, AuditTrail audit,
			GovHallProperties properties, Clock clock, Environment environment, JdbcClient jdbc) {
		this.jdbc = jdbc;
		if (properties.demo().enabled() && environment.matchesProfiles("prod")) {
			throw new IllegalStateException("Demo data must never be created in production: "
					+ "govhall.demo.enabled is true under the prod profile");
		}
		this.departments = departments;
		this.staff = staff;
		this.password = password;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "identity.demo-organisation";
	}

	@Override
	@Transactional
	public void run() {
		if (!properties.demo().enabled() || departments.count() > 0) {
			return;
		}
		List<String[]> rows = rows();
		List<Department> created = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			created.add(new Department(row[0], row[1], row[2],
					CreditCodes.generate('1', '1', row[3], String.format("%08d", 11_550_000 + 37 * (i + 1))),
					row[3], clock.instant()));
		}
		// one batch of departments, then one of staff accounts (and one of their roles)
		created = departments.saveAll(created);
		String hash = password.hash();
		List<StaffAccount> accounts = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			for (Position position : staffing(row[4])) {
				String username = row[0].toLowerCase() + "." + position.suffix();
				accounts.add(new StaffAccount(username, name(accounts.size()), created.get(i).id(), hash,
						position.roles(), clock.instant()));
			}
		}
		staff.saveAll(accounts);
		// heads and supervisors get a demo mobile for supervision's text messages (139 and the account's number)
		jdbc.sql("""
				update identity_staff_account a set mobile = '139' || lpad(a.id::text, 8, '0')
				where exists (select 1 from identity_staff_role r where r.staff_account_id = a.id
				    and r.role in ('DEPARTMENT_HEAD', 'SUPERVISOR'))""").update();
		int person = accounts.size();
		audit.record(AuditEvent.of("demo.organisationCreated").by(AuditTrail.SYSTEM)
			.detail("departments", rows.size())
			.detail("staff", person));
		log.info("Demo organisation created: {} departments, {} staff accounts", rows.size(), person);
	}

	private static List<Position> staffing(String kind) {
		return switch (kind) {
			case "hotline" -> List.of(new Position("operator1", EnumSet.of(HOTLINE_OPERATOR)),
					new Position("operator2", EnumSet.of(HOTLINE_OPERATOR)),
					new Position("head", EnumSet.of(DEPARTMENT_HEAD, HOTLINE_OPERATOR)));
			case "supervision" -> List.of(new Position("supervisor1", EnumSet.of(SUPERVISOR)),
					new Position("supervisor2", EnumSet.of(SUPERVISOR)),
					new Position("head", EnumSet.of(DEPARTMENT_HEAD, SUPERVISOR)));
			case "platform" -> List.of(new Position("admin", EnumSet.of(ADMINISTRATOR)),
					new Position("steward", EnumSet.of(DATA_STEWARD)),
					new Position("head", EnumSet.of(DEPARTMENT_HEAD, ADMINISTRATOR)));
			default -> List.of(new Position("clerk", EnumSet.of(WINDOW_CLERK)),
					new Position("reviewer", EnumSet.of(REVIEWER)),
					new Position("head", EnumSet.of(DEPARTMENT_HEAD, REVIEWER)),
					new Position("steward", EnumSet.of(DATA_STEWARD)));
		};
	}

	private static String name(int n) {
		return SURNAMES[n % SURNAMES.length] + GIVEN_NAMES[(n * 7 + n / SURNAMES.length) % GIVEN_NAMES.length];
	}

	private static List<String[]> rows() {
		var resource = new ClassPathResource("identity/demo-departments.csv");
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			List<String[]> rows = new ArrayList<>();
			reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> rows.add(l.split(",", -1)));
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Position(String suffix, Set<StaffRole> roles) {
	}
}
