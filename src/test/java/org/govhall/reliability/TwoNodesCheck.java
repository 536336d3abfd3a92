package org.govhall.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two-node check's two halves (benchmarks/two-nodes.sh, issue 18), for two halls on one database whose
 * deadline sweeps run every second. {@code prepare <port> <jdbc-url> <file> <cases>} submits cases through one
 * node and makes half of them overdue and half near their last day, in one statement; {@code verify <jdbc-url>
 * <file>}, after both nodes swept for a while: each overdue branch escalated once (one mark, one staff-only
 * timeline entry, one audit entry), each near branch warned once, and nothing half made. Exits 1 naming each
 * failure.
 */
public final class TwoNodesCheck {

	private TwoNodesCheck() {
	}

	public static void main(String[] args) throws Exception {
		if ("prepare".equals(args[0])) {
			JdbcClient jdbc = SubmissionLoad.database(args[2]);
			Path ledger = Files.createTempFile("two-nodes", ".ledger");
			new SubmissionLoad(Integer.parseInt(args[1]), jdbc, ledger).run(2, Integer.parseInt(args[4]));
			List<String> numbers = SubmissionLoad.read(ledger).stream().filter(SubmissionLoad.Entry::acknowledged)
				.map(SubmissionLoad.Entry::caseNumber).toList();
			List<String> overdue = numbers.subList(0, numbers.size() / 2);
			List<String> near = numbers.subList(numbers.size() / 2, numbers.size());
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			jdbc.sql("""
					update casework_branch set due_on = case when case_number = any(:overdue) then cast(:past as date) else cast(:today as date) end
					where case_number = any(:all)""").param("overdue", overdue.toArray(String[]::new))
				.param("past", Date.valueOf(today.minusDays(3))).param("today", Date.valueOf(today))
				.param("all", numbers.toArray(String[]::new)).update();
			List<String> lines = new ArrayList<>();
			overdue.forEach(n -> lines.add("OVERDUE\t" + n));
			near.forEach(n -> lines.add("NEAR\t" + n));
			Files.write(Path.of(args[3]), lines, StandardCharsets.UTF_8);
			System.out.printf("prepared %d overdue and %d near cases%n", overdue.size(), near.size());
			return;
		}
		JdbcClient jdbc = SubmissionLoad.database(args[1]);
		List<String> failures = new ArrayList<>();
		int overdue = 0;
		int near = 0;
		for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
			String[] f = line.split("\t");
			String number = f[1];
			if ("OVERDUE".equals(f[0])) {
				overdue++;
				expectOnce(jdbc, failures, number, "escalation mark",
						"casework_branch where escalated_at is not null and case_number = ?");
				expectOnce(jdbc, failures, number, "ESCALATED timeline entry",
						"casework_timeline where kind = 'ESCALATED' and case_number = ?");
				expectOnce(jdbc, failures, number, "escalation audit entry",
						"shared_audit_entry where action = 'casework.escalated' and object_id = ?");
			}
			else {
				near++;
				expectOnce(jdbc, failures, number, "warning mark",
						"casework_branch where warned_at is not null and case_number = ?");
			}
		}
		failures.addAll(CrashCheck.halfMade(jdbc));
		System.out.printf("two-node check: %d overdue and %d near cases swept by both nodes, %d failures%n", overdue,
				near, failures.size());
		failures.forEach(f -> System.out.println("FAILED: " + f));
		System.exit(failures.isEmpty() ? 0 : 1);
	}

	private static void expectOnce(JdbcClient jdbc, List<String> failures, String number, String what,
			String fromWhere) {
		long n = jdbc.sql("select count(*) from " + fromWhere).param(number).query(Long.class).single();
		if (n != 1) {
			failures.add(number + ": " + n + " × " + what);
		}
	}
}
