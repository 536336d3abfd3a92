package org.govhall.shared.security;

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

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			StaffOnly rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), StaffOnly.class);
			if (rule == null) {
				rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), StaffOnly.class);
			}
			if (rule != null) {
				check(rule);
			}
		}
		return true;
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
