package org.govhall.catalog;

/** The level of government that exercises an item (行使层级). */
public enum ExerciseLevel {
	NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP, VILLAGE
}
