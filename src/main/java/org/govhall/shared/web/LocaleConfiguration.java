package org.govhall.shared.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The hall speaks Chinese (zh-CN) first and English completely. A person's choice ({@code ?lang=en} or
 * {@code ?lang=zh-CN}) is kept in a cookie; without one, the browser's or client's Accept-Language decides, and
 * anything else falls back to Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("govhall-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
		return resolver;
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		for (Locale wanted : Collections.list(request.getLocales())) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(wanted.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(localeResolver()));
	}

	/** Switches the language on {@code ?lang=}, accepting only the languages the hall speaks. */
	private record LanguageSwitch(LocaleResolver resolver) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if (lang != null) {
				Locale requested = Locale.forLanguageTag(lang);
				SUPPORTED.stream()
					.filter(s -> s.getLanguage().equals(requested.getLanguage()))
					.findFirst()
					.ifPresent(locale -> resolver.setLocale(request, response, locale));
			}
			return true;
		}
	}
}
