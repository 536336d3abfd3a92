package org.govhall.casework;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.support.HallClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Handling branches over the API as department staff would (待办), for the casework tests. */
public final class Handling {

	private Handling() {
	}

	/** Takes a branch of the department through intake, review and decision, each by its own demo staff member. */
	public static void handle(int port, String number, String department, boolean approve) {
		HallClient clerk = new HallClient(port).signedIn(department + ".clerk");
		Response accepted = clerk.postJson("/api/v1/tasks/" + taskOf(clerk, number, "intake") + "/intake",
				Map.of("outcome", "ACCEPT"));
		assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(204);
		HallClient reviewer = new HallClient(port).signedIn(department + ".reviewer");
		assertThat(reviewer.postJson("/api/v1/tasks/" + taskOf(reviewer, number, "review") + "/review",
				Map.of("opinion", "同意")).statusCode()).isEqualTo(204);
		HallClient head = new HallClient(port).signedIn(department + ".head");
		assertThat(head.postJson("/api/v1/tasks/" + taskOf(head, number, "decision") + "/decision",
				Map.of("approve", approve, "reason", "符合条件")).statusCode()).isEqualTo(204);
	}

	/** The id of the case's open task at the step that the staff member sees, paging through their list. */
	public static String taskOf(HallClient staff, String number, String step) {
		for (int page = 0;; page++) {
			List<Map<String, Object>> tasks = staff.get("/api/v1/tasks?size=100&page=" + page).jsonPath().getList("$");
			if (tasks.isEmpty()) {
				throw new AssertionError("no " + step + " task of " + number);
			}
			var found = tasks.stream().filter(t -> number.equals(t.get("caseNumber")) && step.equals(t.get("step")))
				.map(t -> (String) t.get("id")).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
		}
	}

	/** The demo citizen who is the legal representative of the first demo company (README), signed in. */
	public static HallClient demoRepresentative(int port) {
		HallClient boss = new HallClient(port);
		assertThat(boss.signIn("13800000001", HallClient.DEMO_PASSWORD).header("Location")).endsWith("/my");
		boss.get("/my");
		return boss;
	}
}
