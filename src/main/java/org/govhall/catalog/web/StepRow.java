package org.govhall.catalog.web;

import org.govhall.catalog.ItemContent.Step;

/** One step of the procedure (办理流程) as a row of the editor's form. */
public class StepRow {

	private String name = "";

	private String description = "";

	private String timeLimit = "";

	static StepRow of(Step step) {
		StepRow row = new StepRow();
		row.name = step.name();
		row.description = step.description();
		row.timeLimit = step.timeLimit();
		return row;
	}

	Step step() {
		return new Step(name, description, timeLimit);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getTimeLimit() { return timeLimit; }
	public void setTimeLimit(String timeLimit) { this.timeLimit = timeLimit; }
}
