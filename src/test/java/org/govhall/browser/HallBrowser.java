package org.govhall.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.govhall.support.HallClient;

/**
 * The browsers of one test, each a fresh context (its own cookies, like another person or device) of the run's one
 * Chromium, addressing the hall by path; all closed when the test ends. {@link #signIn} signs a browser in through
 * a request, for tests that are not about signing in.
 */
final class HallBrowser implements AutoCloseable {

	private final Browser chromium;

	private final String base;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private Page page;

	HallBrowser(Browser chromium, int port) {
		this.chromium = chromium;
		this.base = "http://localhost:" + port;
	}

	/** The test's own page, in Chinese. */
	public Page page() {
		if (page == null) {
			page = newPage("zh-CN");
		}
		return page;
	}

	/** A page in a browser of its own (another person, another device), in the given language. */
	public Page newPage(String locale) {
		BrowserContext context = chromium
			.newContext(new Browser.NewContextOptions().setLocale(locale).setBaseURL(base));
		contexts.add(context);
		return context.newPage();
	}

	/** A page of a browser of its own, signed in as a demo account (password {@link HallClient#DEMO_PASSWORD}). */
	public Page signedIn(String username) {
		return signIn(newPage("zh-CN"), username);
	}

	/** Signs the page's browser in as a demo account, staff or citizen (see {@link #signIn(Page, String, String)}). */
	public Page signIn(Page page, String username) {
		return signIn(page, username, HallClient.DEMO_PASSWORD);
	}

	/**
	 * Signs the page's browser in, staff or citizen, by posting the sign-in form as a request of that browser (its
	 * cookies are the browser's): fast, for tests that are not about the sign-in page itself. Fails when the hall
	 * answers with anything but its landing page for the account; the page is not navigated.
	 */
	public Page signIn(Page page, String username, String password) {
		BrowserContext browser = page.context();
		browser.request().get(base + "/login").dispose();
		String csrf = browser.cookies(base).stream().filter(c -> c.name.equals("XSRF-TOKEN")).map(c -> c.value)
			.findFirst().orElseThrow(() -> new IllegalStateException("no CSRF cookie from /login"));
		APIResponse answer = browser.request().post(base + "/login", RequestOptions.create()
			.setHeader("X-XSRF-TOKEN", csrf)
			.setForm(FormData.create().set("username", username).set("password", password))
			.setMaxRedirects(0));
		String landing = answer.headers().getOrDefault("location", "");
		answer.dispose();
		if (answer.status() != 302 || landing.contains("/login")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + answer.status() + " " + landing);
		}
		return page;
	}

	/** The address of a path of the hall (pages navigate by path alone). */
	public String url(String path) {
		return base + path;
	}

	@Override
	public void close() {
		contexts.forEach(BrowserContext::close);
	}
}
