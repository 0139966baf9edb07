package jp.procurementdesk.calendar.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.procurementdesk.calendar.CalendarEntry;
import jp.procurementdesk.calendar.CalendarSource;
import jp.procurementdesk.identity.KnownUsers;
import jp.procurementdesk.identity.KnownUsers.KnownUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A user's feed by its token: the token's user as Keycloak has them now (unknown, disabled,
 * blocked or suspended: no feed), then what every {@link CalendarSource} gives for that user,
 * in the user's language (the sources read it from {@link LocaleContextHolder}).
 */
@Service
class CalendarFeed {

	private final CalendarTokens tokens;

	private final KnownUsers users;

	private final List<CalendarSource> sources;

	private final MessageSource messages;

	private final CalendarProperties properties;

	private final Clock clock;

	CalendarFeed(CalendarTokens tokens, KnownUsers users, List<CalendarSource> sources, MessageSource messages,
			CalendarProperties properties, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.sources = List.copyOf(sources);
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** The feed as iCalendar text; empty when the token is no current token of an enabled user. */
	Optional<String> of(String token) {
		Optional<KnownUser> found = tokens.usernameOf(token).flatMap(users::byUsername);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		KnownUser user = found.get();
		Locale language = languageOf(user.locale());
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(language);
		try {
			List<CalendarEntry> entries = new ArrayList<>();
			sources.forEach(source -> entries.addAll(source.entries(user.user())));
			String name = messages.getMessage("calendar.feed.name", new Object[] { user.user().displayName() },
					language);
			return Optional.of(ICalendarWriter.write(name, entries, clock.getZone(), clock.instant(), base(),
					kind -> messages.getMessage("calendar.kind." + kind.name(), null, language)));
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	private URI base() {
		String base = properties.hasBaseUrl() ? properties.baseUrl().replaceAll("/+$", "")
				: ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return URI.create(base + "/");
	}

	static Locale languageOf(String attribute) {
		return attribute != null && attribute.toLowerCase(Locale.ROOT).startsWith("ja") ? Locale.JAPANESE
				: Locale.ENGLISH;
	}

}
