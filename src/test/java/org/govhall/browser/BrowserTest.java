package org.govhall.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: the whole hall ({@link GovHallTest}, the suite's one Spring context) and, for each test method
 * that takes a {@link HallBrowser}, fresh browsers of the run's one {@link Chromium}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GovHallTest
@ExtendWith(BrowserTestExtension.class)
@interface BrowserTest {
}
