package org.govhall.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one integration-test set-up: the whole hall on a random port over a fresh embedded PostgreSQL (or the
 * server of the external-db profile), with the demo organisation. Every test class that uses it shares one
 * Spring context, so the suite starts the hall once. The exchange's per-minute call limit counts on a
 * {@link ControllableClock} that a test may stop.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ControllableClock.class)
public @interface GovHallTest {
}
