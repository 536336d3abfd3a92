package org.govhall.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The test run's one browser: Debian's Chromium driven by Playwright (never a downloaded browser), launched once
 * per JVM and shared by every browser test class; closed when the run ends. Without Chromium the browser tests
 * are skipped, unless {@code -Dgovhall.browser.required=true} (CI) makes that a failure.
 */
final class Chromium implements AutoCloseable {

	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/** Launches Chromium, or skips (fails, when required) the test asking for it if there is none. */
	static Chromium launch() {
		Path chromium = Path.of(System.getProperty("govhall.chromium", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			if (Boolean.getBoolean("govhall.browser.required")) {
				fail("Chromium is required for the browser tests but " + chromium + " is missing "
						+ "(apt-get install chromium)");
			}
			assumeTrue(false, "No Chromium at " + chromium + ": browser tests skipped");
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(FLAGS));
			return new Chromium(playwright, browser);
		}
		catch (RuntimeException failed) {
			playwright.close();
			throw failed;
		}
	}

	Browser browser() {
		return browser;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
