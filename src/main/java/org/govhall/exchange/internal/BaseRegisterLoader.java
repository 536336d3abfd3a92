package org.govhall.exchange.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.govhall.exchange.LegalPerson;
import org.govhall.exchange.Person;
import org.govhall.exchange.StandardAddress;
import org.govhall.exchange.internal.demo.SyntheticAddresses;
import org.govhall.exchange.internal.demo.SyntheticCompanies;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads the base registers set-based with PostgreSQL {@code COPY}, in batches of 10,000 rows, each batch
 * committed, reporting progress after every batch; one million people load in seconds, not hours.
 */
@Component
public class BaseRegisterLoader {

	static final int BATCH = 10_000;

	/** Told after each batch how many rows are in and how many there will be. */
	@FunctionalInterface
	public interface Progress {

		void loaded(long done, long total);
	}

	private final DataSource dataSource;

	BaseRegisterLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Loads people {@code from} .. {@code from + count - 1} of the population; answers how many were loaded. */
	public long loadPeople(SyntheticPopulation population, long from, long count, Progress progress) {
		return load("COPY exchange_person (id_number, name, gender, birth_date, ethnicity, household_division,"
				+ " household_address, marital_status, social_security_status, mobile) FROM STDIN (FORMAT csv)",
				from, count, i -> row(population.person(i)), progress);
	}

	/** Loads companies {@code from} .. {@code from + count - 1}; answers how many were loaded. */
	public long loadCompanies(SyntheticCompanies companies, long from, long count, Progress progress) {
		return load("COPY exchange_legal_person (credit_code, name, type, legal_representative_id,"
				+ " legal_representative, registered_capital, established_on, division_code, address, business_scope,"
				+ " status) FROM STDIN (FORMAT csv)", from, count, i -> row(companies.company(i)), progress);
	}

	/** Loads addresses {@code from} .. {@code from + count - 1} of the spatial register. */
	public long loadAddresses(SyntheticAddresses addresses, long from, long count, Progress progress) {
		return load("COPY exchange_address (address, division_code, street, house_number, longitude, latitude,"
				+ " grid_cell) FROM STDIN (FORMAT csv)", from, count, i -> row(addresses.address(i)), progress);
	}

	static String row(StandardAddress a) {
		return csv(a.address(), a.divisionCode(), a.street(), a.houseNumber(), a.longitude().toPlainString(),
				a.latitude().toPlainString(), a.gridCell());
	}

	private long load(String copy, long from, long count, LongFunction<String> rows, Progress progress) {
		long done = 0;
		while (done < count) {
			int size = (int) Math.min(BATCH, count - done);
			StringBuilder batch = new StringBuilder(size * 160);
			for (int i = 0; i < size; i++) {
				batch.append(rows.apply(from + done + i)).append('\n');
			}
			copy(copy, batch.toString());
			done += size;
			progress.loaded(done, count);
		}
		return done;
	}

	private void copy(String sql, String csv) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(sql, new StringReader(csv));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Loading the base registers failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	static String row(Person p) {
		return csv(p.idNumber(), p.name(), p.gender(), p.birthDate().toString(), p.ethnicity(), p.householdDivision(),
				p.householdAddress(), p.maritalStatus(), p.socialSecurityStatus(), p.mobile());
	}

	static String row(LegalPerson c) {
		return csv(c.creditCode(), c.name(), c.type(), c.legalRepresentativeId(), c.legalRepresentative(),
				c.registeredCapital().toPlainString(), c.establishedOn().toString(), c.divisionCode(), c.address(),
				c.businessScope(), c.status());
	}

	private static String csv(String... values) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('"').append(values[i].replace("\"", "\"\"")).append('"');
		}
		return out.toString();
	}
}
