package org.govhall.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When repeated failures lock an account (登录失败锁定): after {@code maxFailedAttempts} wrong passwords in a row
 * the account is locked for {@code lockDuration}; a successful sign-in or an administrator clears the count.
 */
@ConfigurationProperties("govhall.sign-in")
public record SignInPolicy(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("PT15M") Duration lockDuration) {
}
