package org.govhall.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.identity.StaffPrincipal;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every page's layout needs: who is signed in and for which department. Added once a handler has chosen a
 * view to render, so that API calls (answered with a body, no view) and redirects pay nothing for it; a handler
 * that set one of these attributes itself keeps its value.
 */
@Configuration(proxyBeanMethods = false)
class PortalModel implements WebMvcConfigurer {

	private final OrganisationDirectory directory;

	private final Representations representations;

	PortalModel(OrganisationDirectory directory, Representations representations) {
		this.directory = directory;
		this.representations = representations;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && rendered(view)) {
					addTo(view.getModelMap(), request);
				}
			}
		});
	}

	private static boolean rendered(ModelAndView view) {
		String name = view.getViewName();
		return name != null ? !name.startsWith("redirect:") && !name.startsWith("forward:")
				: view.getView() != null && !(view.getView() instanceof RedirectView);
	}

	private void addTo(ModelMap model, HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Object principal = auth == null ? null : auth.getPrincipal();
		StaffPrincipal staff = principal instanceof StaffPrincipal s ? s : null;
		if (!model.containsAttribute("currentStaff")) {
			model.addAttribute("currentStaff", staff);
		}
		if (!model.containsAttribute("currentPerson")) {
			model.addAttribute("currentPerson", principal instanceof PersonPrincipal person ? person : null);
		}
		// the company the request acts for (checked on this request), shown in a banner on every page
		if (!model.containsAttribute("actingRole")) {
			model.addAttribute("actingRole", representations.acting().orElse(null));
		}
		if (!model.containsAttribute("actingEnded")) {
			model.addAttribute("actingEnded", request.getAttribute(Representations.ACTING_ENDED) != null);
		}
		if (!model.containsAttribute("currentDepartmentName")) {
			Locale locale = RequestContextUtils.getLocale(request);
			model.addAttribute("currentDepartmentName", staff == null ? null
					: directory.department(staff.departmentId()).map(d -> d.name(locale)).orElse(null));
		}
	}
}
