package org.govhall.support;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Departments handling cases over the API, and the demo citizens signing in: for tests of what follows a case. */
public final class CaseHandling {

	private CaseHandling() {
	}

	/** Takes the department's branch of a case through intake, review and decision (approved). */
	public static void approve(int port, String number, String department) {
		HallClient clerk = new HallClient(port).signedIn(department + ".clerk");
		Response accepted = clerk.postJson("/api/v1/tasks/" + taskOf(clerk, number, "intake") + "/intake",
				Map.of("outcome", "ACCEPT"));
		assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(204);
		HallClient reviewer = new HallClient(port).signedIn(department + ".reviewer");
		assertThat(reviewer.postJson("/api/v1/tasks/" + taskOf(reviewer, number, "review") + "/review",
				Map.of("opinion", "同意")).statusCode()).isEqualTo(204);
		HallClient head = new HallClient(port).signedIn(department + ".head");
		assertThat(head.postJson("/api/v1/tasks/" + taskOf(head, number, "decision") + "/decision",
				Map.of("approve", true, "reason", "符合条件")).statusCode()).isEqualTo(204);
	}

	/** The id of the staff member's task of a case at a step. */
	public static String taskOf(HallClient staff, String number, String step) {
		List<Map<String, Object>> tasks = staff.get("/api/v1/tasks?size=100").jsonPath().getList("$");
		return tasks.stream().filter(t -> number.equals(t.get("caseNumber")) && step.equals(t.get("step")))
			.map(t -> (String) t.get("id")).findFirst()
			.orElseThrow(() -> new AssertionError("no " + step + " task of " + number + " in " + tasks));
	}

	/** The demo citizen who is the legal representative of the first demo company (README). */
	public static HallClient demoRepresentative(int port) {
		HallClient boss = new HallClient(port);
		assertThat(boss.signIn("13800000001", HallClient.DEMO_PASSWORD).header("Location")).endsWith("/my");
		boss.get("/my");
		return boss;
	}
}
