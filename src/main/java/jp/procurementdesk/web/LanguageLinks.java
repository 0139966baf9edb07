package jp.procurementdesk.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language switch ({@code languageLinks} of every page's model): the same page with
 * {@code lang} set and its other query parameters kept (a verification link's token, the task
 * list's filters), as relative links. A page rendered for a POST (a form with errors) switches
 * on its page, without the posted values.
 */
@ControllerAdvice
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
		return Map.of("ja", to("ja", query), "en", to("en", query));
	}

	static String to(String language, String query) {
		try {
			return UriComponentsBuilder.newInstance()
				.query(query)
				.replaceQueryParam("lang", language)
				.build()
				.toUriString();
		}
		catch (RuntimeException unparsable) {
			return "?lang=" + language;
		}
	}

}
