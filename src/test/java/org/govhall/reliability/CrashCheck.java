package org.govhall.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.casework.Applying;
import org.govhall.support.Citizens;
import org.govhall.support.HallClient;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The crash test's two halves (benchmarks/crash-test.sh, issue 18). {@code drive <port> <jdbc-url> <ledger>
 * <threads>} submits until the hall stops answering (it is killed with SIGKILL meanwhile). {@code verify <port>
 * <jdbc-url> <ledger>}, after the restart: every acknowledged submission is there exactly once with its running
 * process; a submission in flight at the kill is there once or not at all; nothing is half made anywhere (a case
 * without its process or branches, a process without its case, a submitted application without its case, a key
 * without its case); and a retry with the same key answers the same case. Exits 1 naming each failure.
 */
public final class CrashCheck {

	private CrashCheck() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[1]);
		JdbcClient jdbc = SubmissionLoad.database(args[2]);
		Path ledger = Path.of(args[3]);
		if ("drive".equals(args[0])) {
			int acknowledged = new SubmissionLoad(port, jdbc, ledger).run(Integer.parseInt(args[4]), 0);
			System.out.println("submissions acknowledged before the hall went away: " + acknowledged);
			return;
		}
		List<String> failures = verify(port, jdbc, SubmissionLoad.read(ledger));
		failures.forEach(f -> System.out.println("FAILED: " + f));
		System.exit(failures.isEmpty() ? 0 : 1);
	}

	static List<String> verify(int port, JdbcClient jdbc, List<SubmissionLoad.Entry> entries) {
		List<String> failures = new ArrayList<>();
		Map<String, HallClient> applicants = new HashMap<>();
		int acknowledged = 0;
		int inFlightMade = 0;
		for (SubmissionLoad.Entry e : entries) {
			List<String[]> cases = jdbc.sql("select number, process_instance from casework_case where application_id = ?::uuid")
				.param(e.application()).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
			if (e.acknowledged()) {
				acknowledged++;
				if (cases.size() != 1 || !cases.get(0)[0].equals(e.caseNumber())) {
					failures.add("acknowledged " + e.caseNumber() + " is there " + cases.size() + " times");
					continue;
				}
			}
			else if (cases.size() > 1) {
				failures.add("in-flight application " + e.application() + " has " + cases.size() + " cases");
				continue;
			}
			else if (cases.size() == 1) {
				inFlightMade++;
			}
			if (cases.size() == 1 && running(jdbc, cases.get(0)[1]) != 1) {
				failures.add("case " + cases.get(0)[0] + " has no running process");
			}
			HallClient applicant = applicants.computeIfAbsent(e.applicant(), who -> Citizens.signIn(port, who));
			Response retry = Applying.submit(applicant, e.application(), e.key());
			String answered = retry.statusCode() < 300 ? retry.jsonPath().getString("caseNumber") : null;
			if (cases.size() == 1 ? retry.statusCode() != 200 || !cases.get(0)[0].equals(answered)
					: retry.statusCode() != 201) {
				failures.add("retry of key " + e.key() + " answered " + retry.statusCode() + " " + answered
						+ " (case before: " + (cases.isEmpty() ? "none" : cases.get(0)[0]) + ")");
			}
		}
		failures.addAll(halfMade(jdbc));
		System.out.printf("crash check: %d acknowledged submissions, %d in flight at the kill (%d of them made), "
				+ "%d failures%n", acknowledged, entries.size() - acknowledged, inFlightMade, failures.size());
		return failures;
	}

	/** Whatever a crash could have left half made, anywhere in the database. */
	static List<String> halfMade(JdbcClient jdbc) {
		Map<String, String> checks = Map.of(
				"open cases without a running process", """
						casework_case c where c.status not in ('APPROVED', 'REFUSED', 'NOT_ACCEPTED', 'WITHDRAWN')
						  and not exists (select 1 from act_ru_execution e where e.id_ = c.process_instance)""",
				"running case processes without a case", """
						act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
						where e.parent_id_ is null and d.key_ = 'casework'
						  and not exists (select 1 from casework_case c where c.process_instance = e.id_)""",
				"cases without branches", """
						casework_case c where not exists (select 1 from casework_branch b where b.case_number = c.number)""",
				"submitted applications without a case", """
						casework_application a where a.status = 'SUBMITTED'
						  and not exists (select 1 from casework_case c where c.application_id = a.id)""",
				"submission keys without their case", """
						casework_submission_key k where not exists (select 1 from casework_case c where c.number = k.case_number)""",
				"applications with more than one case", """
						(select application_id from casework_case group by application_id having count(*) > 1) twice""");
		List<String> found = new ArrayList<>();
		checks.forEach((what, fromWhere) -> {
			long n = jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
			if (n > 0) {
				found.add(what + ": " + n);
			}
		});
		return found;
	}

	private static long running(JdbcClient jdbc, String processInstance) {
		return processInstance == null ? 0 : jdbc.sql("""
				select count(*) from act_ru_execution where id_ = ? and parent_id_ is null""").param(processInstance)
			.query(Long.class).single();
	}
}
