package org.govhall.catalog.web;

import org.govhall.catalog.ItemContent.SpecialProcedure;

/** One special procedure (特殊环节) as a row of the editor's form. */
public class SpecialProcedureRow {

	private String name = "";

	private String time = "";

	private String basis = "";

	private boolean countsTowardLimit;

	static SpecialProcedureRow of(SpecialProcedure procedure) {
		SpecialProcedureRow row = new SpecialProcedureRow();
		row.name = procedure.name();
		row.time = procedure.time();
		row.basis = procedure.basis();
		row.countsTowardLimit = procedure.countsTowardLimit();
		return row;
	}

	SpecialProcedure procedure() {
		return new SpecialProcedure(name, time, basis, countsTowardLimit);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getTime() { return time; }
	public void setTime(String time) { this.time = time; }
	public String getBasis() { return basis; }
	public void setBasis(String basis) { this.basis = basis; }
	public boolean isCountsTowardLimit() { return countsTowardLimit; }
	public void setCountsTowardLimit(boolean countsTowardLimit) { this.countsTowardLimit = countsTowardLimit; }
}
