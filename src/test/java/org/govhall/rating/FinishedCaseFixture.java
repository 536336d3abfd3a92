package org.govhall.rating;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.casework.Handling;
import org.govhall.support.Citizens;
import org.govhall.support.HallClient;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * A fresh citizen's case, applied for over the API and approved by its department, once the ratings module has
 * opened it for rating.
 *
 * @param applicant the applicant, signed in
 * @param someone who they are
 * @param number the case
 * @param department the department's code, lower case as the demo accounts spell it ({@code scjg})
 */
public record FinishedCaseFixture(HallClient applicant, Citizens.Someone someone, String number, String department) {

	public static FinishedCaseFixture finished(int port, JdbcClient jdbc) {
		Citizens.Someone someone = Citizens.unregistered(jdbc);
		HallClient applicant = Citizens.signedIn(port, jdbc, someone);
		String number = Applying.applied(applicant, Map.of("item", CaseworkTests.personalItem(jdbc)));
		String department = applicant.get("/api/v1/cases/" + number).jsonPath().getString("branches[0].department")
			.toLowerCase(Locale.ROOT);
		Handling.handle(port, number, department, true);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from rating_case where case_number = ?")
			.param(number).query(Long.class).single() == 1);
		return new FinishedCaseFixture(applicant, someone, number, department);
	}

	/** A department other than the case's, with the demo's accounts. */
	public String otherDepartment() {
		return department.equals("scjg") ? "swj" : "scjg";
	}

	/** The rating link's token texted to the applicant. */
	public String linkToken(JdbcClient jdbc) {
		String text = jdbc.sql("select text from identity_dev_sms where mobile = ? and text like ? order by id desc limit 1")
			.params(someone.mobile(), "%" + number + "%/ratings/r/%").query(String.class).single();
		return text.substring(text.indexOf("/ratings/r/") + "/ratings/r/".length()).strip();
	}
}
