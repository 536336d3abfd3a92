package org.govhall.exchange;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.govhall.exchange.internal.AccessContext;
import org.govhall.exchange.internal.AccessLog;
import org.govhall.exchange.internal.SubjectKeys;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading whole base-register records from inside the hall, outside any grant: for the platform's own set-up
 * (the demo citizens, for example) and address lookups. Every read of a person or company states its purpose and
 * is written to the access log under the platform's name, so that the citizen and auditors see it like any other
 * read. Departments read through {@link DataLookups} instead.
 */
@Service
public class BaseRegisters {

	/** The consumer the access log names for the platform's own reads. */
	public static final String PLATFORM = "PLATFORM";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AccessLog log;

	private final Clock clock;

	BaseRegisters(JdbcClient jdbc, AuditTrail audit, AccessLog log, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.log = log;
		this.clock = clock;
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
		log.record(platform(), "PERSON", null, SubjectKeys.normalise(idNumber), purpose.strip(),
				List.of("*"), person.isPresent() ? "ANSWERED" : "NOT_FOUND");
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
		log.record(platform(), "LEGAL_PERSON", null, SubjectKeys.normalise(creditCode), purpose.strip(),
				List.of("*"), company.isPresent() ? "ANSWERED" : "NOT_FOUND");
		return company;
	}

	/**
	 * Standard addresses containing {@code text}, optionally in one district, at most {@code limit}: the
	 * address lookup forms use to turn what people type into a standard address with coordinates and grid cell.
	 */
	public List<StandardAddress> addresses(String text, String divisionCode, int limit) {
		String pattern = "%" + (text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_")) + "%";
		return jdbc.sql("select " + ADDRESS_COLUMNS + """
				from exchange_address
				where address like ? and (cast(? as varchar) is null or division_code = ?)
				order by address limit ?""")
			.params(pattern, divisionCode, divisionCode, Math.max(1, Math.min(limit, 50)))
			.query(BaseRegisters::address)
			.list();
	}

	/**
	 * The standard addresses nearest to a point (WGS 84), nearest first, at most {@code limit}, searched within
	 * about a kilometre: what a report with coordinates (a 12345 work order, say) turns into an address and a
	 * grid cell.
	 */
	public List<StandardAddress> nearest(BigDecimal latitude, BigDecimal longitude, int limit) {
		return jdbc.sql("select " + ADDRESS_COLUMNS + """
				from exchange_address
				where latitude between ? - 0.01 and ? + 0.01 and longitude between ? - 0.012 and ? + 0.012
				order by (latitude - ?) ^ 2 + ((longitude - ?) * 0.855) ^ 2, address_code limit ?""")
			.params(latitude, latitude, longitude, longitude, latitude, longitude, Math.max(1, Math.min(limit, 20)))
			.query(BaseRegisters::address)
			.list();
	}

	private static final String ADDRESS_COLUMNS =
			"address, division_code, street, house_number, longitude, latitude, grid_cell, address_code ";

	private static StandardAddress address(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StandardAddress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8));
	}

	/**
	 * The credit codes of the first active companies in the register, in code order, read for {@code purpose}:
	 * for demo accounts and tests that need a real company and its legal representative.
	 */
	public List<String> activeCompanyCodes(int limit, String purpose) {
		requirePurpose(purpose);
		List<String> codes = jdbc.sql(
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

	private AccessContext platform() {
		return new AccessContext(PLATFORM, AuditTrail.SYSTEM, null, "SERVICE", null, clock.instant());
	}

	private static void requirePurpose(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("Every read of the base registers states its purpose");
		}
	}
}
