package org.govhall.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser), and the axe-core check every page passes.
 * Without Chromium the browser tests are skipped, unless {@code -Dgovhall.browser.required=true} (CI) makes
 * that a failure.
 */
final class BrowserSession implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private BrowserSession(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static BrowserSession launch() {
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
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new BrowserSession(playwright, browser);
	}

	Browser browser() {
		return browser;
	}

	/**
	 * No axe-core violation at all on the page as it stands: every rule axe-core runs by default (WCAG 2.0, 2.1
	 * and 2.2 A/AA and its best practices), whatever the impact, minor ones included.
	 */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).analyze();
		List<String> violations = results.getViolations().stream().map(BrowserSession::describe).toList();
		assertThat(violations).as("axe-core violations on %s", page.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
