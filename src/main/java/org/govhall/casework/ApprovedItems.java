package org.govhall.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The approved items of cases, for modules that act on approvals (the licence module issues what an item yields
 * when it hears {@link CaseApproved}). Not a reader's view: it answers whoever asks, so it is never exposed over
 * HTTP as it is.
 */
@Service
public class ApprovedItems {

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select c.number, b.item_code, b.item_name, b.department, c.applicant_kind, c.person_account,
			       c.person_name, a.person_id_number, c.credit_code, c.company_name, c.division_code,
			       (a.answers || a.verified)::text as answers, coalesce(b.decided_at, c.finished_at) as approved_at
			from casework_branch b
			join casework_case c on c.number = b.case_number
			join casework_application a on a.id = c.application_id
			where b.status = 'APPROVED'
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ApprovedItems(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The item of a case, if it was approved. */
	public Optional<ApprovedItem> find(String caseNumber, String item) {
		return jdbc.sql(SELECT + " and b.case_number = ? and b.item_code = ?").params(caseNumber, item)
			.query(this::approvedItem).optional();
	}

	/** Every approved item of every case, oldest first (for loading what the history yields, at once). */
	public List<ApprovedItem> all() {
		return jdbc.sql(SELECT + " order by approved_at, c.number, b.item_code").query(this::approvedItem).list();
	}

	private ApprovedItem approvedItem(ResultSet rs, int n) throws SQLException {
		Map<String, String> answers = new HashMap<>(json.readValue(rs.getString("answers"), TEXTS));
		return new ApprovedItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				ApplicantKind.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getString(10), rs.getString(11), answers,
				rs.getTimestamp("approved_at").toInstant());
	}
}
