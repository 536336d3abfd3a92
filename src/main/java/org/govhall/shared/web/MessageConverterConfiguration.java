package org.govhall.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The hall's APIs speak JSON (and plain text, forms, files): the XML and YAML converters that libraries on the
 * class path would switch on are left out, so that no request pays for asking them and a request for XML or YAML
 * is answered 406 (or 415 for such a body) rather than in a format nobody tests.
 */
@Configuration(proxyBeanMethods = false)
class MessageConverterConfiguration implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(
				converters -> converters.removeIf(MessageConverterConfiguration::xmlOrYaml));
	}

	static boolean xmlOrYaml(HttpMessageConverter<?> converter) {
		return !converter.getSupportedMediaTypes().isEmpty()
				&& converter.getSupportedMediaTypes().stream().allMatch(MessageConverterConfiguration::xmlOrYaml);
	}

	private static boolean xmlOrYaml(MediaType type) {
		String subtype = type.getSubtype();
		return subtype.equals("xml") || subtype.endsWith("+xml") || subtype.contains("yaml");
	}
}
