package org.govhall.casework.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.govhall.shared.security.StaffRole;

import org.springframework.stereotype.Component;

/**
 * The BPMN process of a case ({@code processes/casework.bpmn20.xml}) as casework uses it: start one for a case's
 * stages and branches, find the open tasks and the branches waiting for corrections, complete a step with its
 * outcome, wake a branch whose corrections came, end a withdrawn case. Each task names its branch in its category
 * and may be claimed by the branch department's group for the step ({@code SCJG:WINDOW_CLERK}). Runs in the
 * caller's transaction: the engine shares the hall's data source and transaction manager.
 */
@Component
public class CaseProcess {

	static final String KEY = "casework";

	/** The steps of a branch: BPMN task id and the role that may claim it. */
	public enum Step {
		INTAKE("intake", StaffRole.WINDOW_CLERK), REVIEW("review", StaffRole.REVIEWER),
		DECISION("decision", StaffRole.DEPARTMENT_HEAD);

		private final String taskId;

		private final StaffRole role;

		Step(String taskId, StaffRole role) {
			this.taskId = taskId;
			this.role = role;
		}

		public String taskId() {
			return taskId;
		}

		public StaffRole role() {
			return role;
		}

		public static Optional<Step> ofTask(String taskDefinitionKey) {
			for (Step step : values()) {
				if (step.taskId.equals(taskDefinitionKey)) {
					return Optional.of(step);
				}
			}
			return Optional.empty();
		}
	}

	private final RuntimeService runtime;

	private final TaskService tasks;

	CaseProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	/** Starts the process of a case: {@code stages} of branch ids, each branch's department. */
	public String start(String caseNumber, List<List<Long>> stages, Map<Long, String> departments) {
		List<List<String>> stageIds = new ArrayList<>();
		stages.forEach(stage -> stageIds.add(new ArrayList<>(stage.stream().map(String::valueOf).toList())));
		HashMap<String, String> byBranch = new HashMap<>();
		departments.forEach((branch, department) -> byBranch.put(String.valueOf(branch), department));
		Map<String, Object> variables = new HashMap<>();
		variables.put("stages", stageIds);
		variables.put("departments", byBranch);
		variables.put("refused", false);
		return runtime.startProcessInstanceByKey(KEY, caseNumber, variables).getProcessInstanceId();
	}

	/** The open tasks of a case. */
	public List<Task> openTasks(String processInstance) {
		return tasks.createTaskQuery().processInstanceId(processInstance).list();
	}

	public Optional<Task> task(String id) {
		return Optional.ofNullable(tasks.createTaskQuery().taskId(id).singleResult());
	}

	/** The branches of a case waiting for the applicant's corrections. */
	public Set<Long> waitingForCorrections(String processInstance) {
		Set<Long> waiting = new HashSet<>();
		for (Execution execution : correctionWaits(processInstance)) {
			waiting.add(Long.valueOf(String.valueOf(runtime.getVariable(execution.getId(), "branch"))));
		}
		return waiting;
	}

	/**
	 * Completes a step: {@code outcome} steers intake ({@code ACCEPTED}, {@code CORRECTION}, {@code NOT_ACCEPTED});
	 * {@code refused} ends the stage and the case.
	 */
	public void complete(String taskId, String outcome, boolean refused) {
		Map<String, Object> variables = new HashMap<>();
		if (refused) {
			variables.put("refused", true);
		}
		tasks.complete(taskId, variables, Map.of("outcome", outcome));
	}

	/** The corrections of a branch came: its intake begins again. */
	public void corrected(String processInstance, long branch) {
		for (Execution execution : correctionWaits(processInstance)) {
			if (String.valueOf(branch).equals(String.valueOf(runtime.getVariable(execution.getId(), "branch")))) {
				runtime.trigger(execution.getId());
				return;
			}
		}
		throw new IllegalStateException("branch " + branch + " is not waiting for corrections");
	}

	public void claim(String taskId, String username) {
		tasks.claim(taskId, username);
	}

	public void release(String taskId) {
		tasks.unclaim(taskId);
	}

	/** Ends a case's process without a decision (withdrawal). */
	public void end(String processInstance, String reason) {
		if (running(processInstance)) {
			runtime.deleteProcessInstance(processInstance, reason);
		}
	}

	public boolean running(String processInstance) {
		return runtime.createProcessInstanceQuery().processInstanceId(processInstance).count() > 0;
	}

	/** The open tasks a department's staff with these roles may see, oldest first. */
	public List<Task> tasksOf(String department, Set<StaffRole> roles, int first, int max) {
		List<String> groups = roles.stream().map(role -> group(department, role)).toList();
		if (groups.isEmpty()) {
			return List.of();
		}
		return tasks.createTaskQuery().processDefinitionKey(KEY).taskCandidateGroupIn(groups).ignoreAssigneeValue()
			.orderByTaskCreateTime()
			.asc().listPage(first, max);
	}

	public static String group(String department, StaffRole role) {
		return department.toUpperCase(Locale.ROOT) + ":" + role.name();
	}

	private List<Execution> correctionWaits(String processInstance) {
		return runtime.createExecutionQuery().processInstanceId(processInstance).activityId("awaitCorrection").list();
	}
}
