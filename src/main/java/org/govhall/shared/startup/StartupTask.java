package org.govhall.shared.startup;

import java.util.Set;

/**
 * Work a module does on every start once the application context is up and before the hall is ready: demo
 * data on a first start, a search index built from the database. The hall runs the tasks side by side, each as
 * soon as the tasks it names in {@link #after()} are done; it reports ready only when all are done, and a task
 * that fails stops the start.
 */
public interface StartupTask {

	/** A name unique in the hall, {@code <module>.<task>}, e.g. {@code identity.demo-organisation}. */
	String name();

	/** The tasks that must be done before this one starts; each must exist. */
	default Set<String> after() {
		return Set.of();
	}

	void run();
}
