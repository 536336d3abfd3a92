package org.govhall.casework.internal;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Flowable reads and validates the BPMN models with the StAX parser that {@code XMLInputFactory.newInstance()}
 * finds. The spreadsheet reader of catalogue imports brings Aalto, which the service loader would find first, and
 * under which the schema validation takes the indentation between elements for content and refuses every model.
 * The JDK's own parser is named here, as soon as the application starts, unless the deployment names another;
 * the spreadsheet reader keeps Aalto (it creates its factory itself). Registered in {@code META-INF/spring.factories}.
 */
public class JdkStaxForProcessModels implements ApplicationListener<ApplicationStartingEvent> {

	static final String PROPERTY = "javax.xml.stream.XMLInputFactory";

	@Override
	public void onApplicationEvent(ApplicationStartingEvent event) {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
		}
	}
}
