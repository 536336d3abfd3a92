package org.govhall.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller (or one of its handler methods) that only staff may call, optionally only staff holding one of
 * {@link #value()}. Checked before the request's parameters and body are read, so that a citizen sending a
 * malformed request to a staff endpoint learns only that it is not for them (403), and nobody signed in gets 401.
 * A method's annotation replaces its class's.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaffOnly {

	/** At least one of these roles; none: any staff member (and department systems calling the exchange). */
	StaffRole[] value() default {};

	/**
	 * The refusal's sentence (a message key) for anyone not allowed; none: "this is for staff only" for those who
	 * are not staff, "your role does not allow this" for staff without the role.
	 */
	String refusal() default "";
}
