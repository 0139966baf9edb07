package jp.procurementdesk.calendar.internal;

import java.net.URI;

import jp.procurementdesk.calendar.CalendarLinks;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

@Service
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarLinkService implements CalendarLinks {

	private final CalendarTokens tokens;

	private final CalendarProperties properties;

	CalendarLinkService(CalendarTokens tokens, CalendarProperties properties) {
		this.tokens = tokens;
		this.properties = properties;
	}

	@Override
	public URI link(CurrentUser user) {
		return url(tokens.tokenOf(user.username()));
	}

	@Override
	public URI rotate(CurrentUser user) {
		return url(tokens.rotate(user.username()));
	}

	private URI url(String token) {
		UriComponentsBuilder base = properties.hasBaseUrl()
				? UriComponentsBuilder.fromUriString(properties.baseUrl().replaceAll("/+$", ""))
				: ServletUriComponentsBuilder.fromCurrentContextPath();
		return base.path("/calendar/{token}.ics").buildAndExpand(token).toUri();
	}

}
