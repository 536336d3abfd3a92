package org.govhall.shared.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govhall.shared.web.ProblemException;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link StaffOnly} before a handler's arguments are resolved: a refusal here is answered by the API's
 * problem advice or the error page like any other, and no validation has run yet.
 */
final class StaffOnlyCheck implements HandlerInterceptor {

	/** A handler method and the type of its bean, as found on a request. */
	private record Handler(Method method, Class<?> beanType) {
	}

	/** The rule of each handler, looked up once: the annotations of a handler never change while the hall runs. */
	private final Map<Handler, Optional<StaffOnly>> rules = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			rules.computeIfAbsent(new Handler(method.getMethod(), method.getBeanType()), StaffOnlyCheck::ruleOf)
				.ifPresent(StaffOnlyCheck::check);
		}
		return true;
	}

	private static Optional<StaffOnly> ruleOf(Handler handler) {
		StaffOnly rule = AnnotatedElementUtils.findMergedAnnotation(handler.method(), StaffOnly.class);
		return Optional.ofNullable(rule != null ? rule
				: AnnotatedElementUtils.findMergedAnnotation(handler.beanType(), StaffOnly.class));
	}

	private static void check(StaffOnly rule) {
		String refusal = rule.refusal().isEmpty() ? null : rule.refusal();
		StaffMember staff = StaffMember.current().orElse(null);
		if (staff == null) {
			StaffMember.signedIn(refusal == null ? "problem.forbidden.staffOnly" : refusal);
		}
		else if (rule.value().length > 0 && !staff.hasAnyRole(rule.value())) {
			throw ProblemException.forbidden(refusal == null ? "problem.forbidden.role" : refusal);
		}
	}
}
