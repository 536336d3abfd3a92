package org.govhall.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The finished cases (办结), for modules that follow up on them (ratings open each for the applicant's rating when
 * they hear {@link CaseFinished}, and load the demo history's at once). Read-only; not a reader's view: it answers
 * whoever asks, so it is never exposed over HTTP as it is.
 */
@Service
public class FinishedCases {

	private static final String SELECT = """
			select c.number, coalesce(c.item_code, (array_agg(b.item_code order by b.stage, b.id))[1]) as item, c.title,
			       array_agg(b.department order by b.stage, b.id) as departments, c.person_account, c.person_name,
			       a.person_id_number, c.status, c.finished_at
			from casework_case c
			join casework_application a on a.id = c.application_id
			join casework_branch b on b.case_number = c.number
			where c.finished_at is not null
			""";

	private final JdbcClient jdbc;

	FinishedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The case, if it is finished. */
	public Optional<FinishedCase> find(String caseNumber) {
		return jdbc.sql(SELECT + " and c.number = ? group by c.number, a.id").param(caseNumber)
			.query(this::finishedCase).optional();
	}

	/** Every finished case, oldest first (for loading what the history needs, at once). */
	public List<FinishedCase> all() {
		return jdbc.sql(SELECT + " group by c.number, a.id order by c.finished_at, c.number").query(this::finishedCase)
			.list();
	}

	private FinishedCase finishedCase(ResultSet rs, int n) throws SQLException {
		Array departments = rs.getArray("departments");
		List<String> codes = Arrays.stream((Object[]) departments.getArray()).map(String::valueOf).distinct().toList();
		return new FinishedCase(rs.getString("number"), rs.getString("item"), rs.getString("title"), codes,
				rs.getLong("person_account"), rs.getString("person_name"), rs.getString("person_id_number"),
				CaseStatus.valueOf(rs.getString("status")), rs.getTimestamp("finished_at").toInstant());
	}
}
