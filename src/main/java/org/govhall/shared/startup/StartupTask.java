package org.govhall.shared.startup;

import java.util.Set;

/**
 * Work a module does on every start before the hall is ready: demo data on a first start, a search index built
 * from the database. The hall runs the tasks side by side, each as soon as the tasks it names in {@link #after()}
 * are done, and starts them while the rest of the application context is still being built (the database is
 * migrated by then): a task uses only the beans it was constructed with, and publishes no application events (the
 * listeners are registered only once the context is up). The hall reports ready only when all are done, and a
 * task that fails stops the start.
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
