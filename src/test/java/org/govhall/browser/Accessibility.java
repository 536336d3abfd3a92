package org.govhall.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axe-core check every page of the browser tests passes: no violation at all on the page as it stands. Every
 * rule axe-core runs by default (WCAG 2.0, 2.1 and 2.2 A/AA and its best practices), whatever the impact, minor
 * ones included; and WCAG 2.5.3 "label in name" ({@code label-content-name-mismatch}), which axe-core still marks
 * experimental and leaves out by default.
 * <p>
 * axe-core (the copy the {@code com.deque.html.axe-core:playwright} artifact ships) runs in the page itself with
 * {@code axe.run}: the hall's pages have no frames, so the artifact's frame-by-frame run, which also opens a blank
 * page of its own to merge the results, would only cost time. Only violations are reported in detail, which is all
 * the check reads.
 */
final class Accessibility {

	private static final String AXE = AxeBuilder.getAxeScript();

	private static final String RUN = """
			async () => {
			  const results = await axe.run(document, {
			    rules: { 'label-content-name-mismatch': { enabled: true } },
			    resultTypes: ['violations']
			  });
			  return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + JSON.stringify(v.nodes.map(n => n.target)));
			}""";

	private Accessibility() {
	}

	static void assertAccessible(Page page) {
		if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
			page.evaluate(AXE);
		}
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate(RUN);
		assertThat(violations).as("axe-core violations on %s", page.url()).isEmpty();
	}
}
