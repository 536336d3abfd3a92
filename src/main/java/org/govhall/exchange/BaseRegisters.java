package org.govhall.exchange;

import java.sql.Date;
import java.util.Optional;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading the base registers from inside the hall (e.g. identity's real-name check). Every read states its
 * purpose and is written to the audit trail with the subject, so that the citizen and auditors can later see
 * who read whose data and why. The governed gateway for department systems builds on this.
 */
@Service
public class BaseRegisters {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	BaseRegisters(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The population record of an identity number, read for {@code purpose}. */
	public Optional<Person> person(String idNumber, String purpose) {
		requirePurpose(purpose);
		Optional<Person> person = jdbc.sql("""
				select id_number, name, gender, birth_date, ethnicity, household_division, household_address,
				       marital_status, social_security_status, mobile
				from exchange_person where id_number = ?""").param(idNumber == null ? "" : idNumber.strip())
			.query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, Date.class).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getString(10)))
			.optional();
		audit.record(AuditEvent.of("exchange.personRead").on("person", idNumber).because(purpose)
			.detail("found", person.isPresent()));
		return person;
	}

	/** The legal-person record of a credit code, read for {@code purpose}. */
	public Optional<LegalPerson> legalPerson(String creditCode, String purpose) {
		requirePurpose(purpose);
		Optional<LegalPerson> company = jdbc.sql("""
				select credit_code, name, type, legal_representative_id, legal_representative, registered_capital,
				       established_on, division_code, address, business_scope, status
				from exchange_legal_person where credit_code = ?""").param(creditCode == null ? "" : creditCode.strip())
			.query((rs, n) -> new LegalPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, Date.class).toLocalDate(), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11)))
			.optional();
		audit.record(AuditEvent.of("exchange.legalPersonRead").on("legal-person", creditCode).because(purpose)
			.detail("found", company.isPresent()));
		return company;
	}

	/**
	 * Standard addresses containing {@code text}, optionally in one district, at most {@code limit}: the
	 * address lookup forms use to turn what people type into a standard address with coordinates and grid cell.
	 */
	public java.util.List<StandardAddress> addresses(String text, String divisionCode, int limit) {
		String pattern = "%" + (text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_")) + "%";
		return jdbc.sql("""
				select address, division_code, street, house_number, longitude, latitude, grid_cell
				from exchange_address
				where address like ? and (cast(? as varchar) is null or division_code = ?)
				order by address limit ?""")
			.params(pattern, divisionCode, divisionCode, Math.max(1, Math.min(limit, 50)))
			.query((rs, n) -> new StandardAddress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)))
			.list();
	}

	/**
	 * The credit codes of the first active companies in the register, in code order, read for {@code purpose}:
	 * for demo accounts and tests that need a real company and its legal representative.
	 */
	public java.util.List<String> activeCompanyCodes(int limit, String purpose) {
		requirePurpose(purpose);
		java.util.List<String> codes = jdbc.sql(
				"select credit_code from exchange_legal_person where status = '存续' order by credit_code limit ?")
			.param(Math.max(1, Math.min(limit, 100))).query(String.class).list();
		audit.record(AuditEvent.of("exchange.legalPersonsListed").because(purpose).detail("count", codes.size()));
		return codes;
	}

	public long peopleCount() {
		return jdbc.sql("select count(*) from exchange_person").query(Long.class).single();
	}

	public long legalPersonCount() {
		return jdbc.sql("select count(*) from exchange_legal_person").query(Long.class).single();
	}

	private static void requirePurpose(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("Every read of the base registers states its purpose");
		}
	}
}
