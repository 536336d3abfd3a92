package org.govhall.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen department staff at once on the parallel branches of 开办企业 cases (issue 18): four cases, each with
 * its four parallel members (seal, invoice, social insurance, provident fund), each branch taken through claim,
 * intake, review and decision by its own department's clerk, reviewer and head, all sixteen branches stepping
 * together. No one sees an engine conflict (no 409, no 5xx), every case ends approved, and its timeline holds
 * each decision exactly once.
 */
@GovHallTest
class ConcurrentApprovalTests {

	private static final int CASES = 4;

	private static final List<String> PARALLEL = List.of("gaj", "swj", "rsj", "gjj");

	@LocalServerPort
	int port;

	@Test
	void sixteen_approvers_deciding_parallel_branches_at_once_meet_no_locking_failure_and_decide_each_once()
			throws Exception {
		HallClient boss = Handling.demoRepresentative(port);
		String creditCode = boss.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			String number = Applying.applied(boss, Map.of("bundle", CaseworkTests.COMPANY_SET_UP, "actingFor",
					creditCode));
			Handling.handle(port, number, "scjg", true);
			numbers.add(number);
		}

		int approvers = CASES * PARALLEL.size();
		CyclicBarrier together = new CyclicBarrier(approvers);
		Queue<String> refusals = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(approvers);
		// everyone signs in first (Argon2 takes a while on two cores), then all sixteen start together
		List<HallClient[]> staff = new ArrayList<>();
		for (int i = 0; i < approvers; i++) {
			String department = PARALLEL.get(i % PARALLEL.size());
			staff.add(new HallClient[] { new HallClient(port).signedIn(department + ".clerk"),
					new HallClient(port).signedIn(department + ".reviewer"),
					new HallClient(port).signedIn(department + ".head") });
		}
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < approvers; i++) {
			String number = numbers.get(i / PARALLEL.size());
			HallClient[] by = staff.get(i);
			done.add(pool.submit(() -> {
				step(together, by[0], number, "intake", Map.of("outcome", "ACCEPT"), refusals);
				step(together, by[1], number, "review", Map.of("opinion", "同意"), refusals);
				step(together, by[2], number, "decision", Map.of("approve", true), refusals);
				return null;
			}));
		}
		for (Future<?> approver : done) {
			approver.get(10, TimeUnit.MINUTES);
		}
		pool.shutdown();

		assertThat(refusals).as("no conflict or server error reached an approver").isEmpty();
		for (String number : numbers) {
			Response file = boss.get("/api/v1/cases/" + number);
			assertThat(file.jsonPath().getString("summary.status")).as(number).isEqualTo("APPROVED");
			assertThat(file.jsonPath().getList("branches.status")).as(number).hasSize(5).containsOnly("APPROVED");
			List<Map<String, Object>> timeline = file.jsonPath().getList("timeline");
			for (Object branch : file.jsonPath().getList("branches.id")) {
				for (String kind : List.of("ACCEPTED", "REVIEWED", "APPROVED")) {
					assertThat(timeline.stream().filter(e -> kind.equals(e.get("kind"))
							&& String.valueOf(branch).equals(String.valueOf(e.get("branch")))))
						.as("%s of branch %s of %s", kind, branch, number).hasSize(1);
				}
			}
			assertThat(timeline.stream().filter(e -> "FINISHED".equals(e.get("kind")))).as(number).hasSize(1);
		}
	}

	/** Waits for every approver, then claims the branch's task at the step and takes it; notes any refusal. */
	private static void step(CyclicBarrier together, HallClient staff, String number, String step,
			Map<String, Object> action, Queue<String> refusals) throws Exception {
		String task = Handling.taskOf(staff, number, step);
		together.await(5, TimeUnit.MINUTES);
		Response claimed = staff.post("/api/v1/tasks/" + task + "/claim");
		if (claimed.statusCode() != 200) {
			refusals.add(number + " claim " + step + ": " + claimed.statusCode() + " " + claimed.asString());
		}
		Response taken = staff.postJson("/api/v1/tasks/" + task + "/" + step, action);
		if (taken.statusCode() != 204) {
			refusals.add(number + " " + step + ": " + taken.statusCode() + " " + taken.asString());
		}
	}
}
