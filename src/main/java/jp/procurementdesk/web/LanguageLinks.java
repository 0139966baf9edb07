package jp.procurementdesk.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language switch: the same page with {@code lang} set and its other query
 * parameters kept (a verification link's token, the task list's filters), as a relative link.
 * Templates call {@code @languageLinks.to('ja')}.
 */
@Component("languageLinks")
class LanguageLinks {

	public String to(String language) {
		String query = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			// A page rendered for a POST (a form with errors) switches on its page, without the posted values.
			query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
		}
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
