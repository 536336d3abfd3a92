package org.govhall.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each browser test a {@link HallBrowser} on the hall's port. Chromium is launched by the first test that
 * needs it and kept in the root store, so one browser serves every class of the run and is closed at its end; the
 * test's browser contexts are closed with the test's own store.
 */
final class BrowserTestExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace BROWSERS = ExtensionContext.Namespace
		.create(BrowserTestExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == HallBrowser.class;
	}

	@Override
	public HallBrowser resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Chromium chromium = context.getRoot().getStore(BROWSERS).computeIfAbsent(Chromium.class,
				k -> Chromium.launch(), Chromium.class);
		int port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
			.getRequiredProperty("local.server.port"));
		HallBrowser browser = new HallBrowser(chromium.browser(), port);
		context.getStore(BROWSERS).put(HallBrowser.class, browser);
		return browser;
	}
}
