package jp.procurementdesk.web;

import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.EventCatalogue;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable product catalogue of an event (docs/opportunities.md, Events), for the desk:
 * every label in Japanese and English whatever the reader's language, one page per company
 * when printed (static/css/catalogue.css).
 */
@Controller
class CataloguePages {

	private final EventCatalogue catalogue;

	private final MessageSource messages;

	CataloguePages(EventCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/opportunities/{id}/catalogue")
	String show(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("catalogue", catalogue.catalogue(id, user));
		model.addAttribute("pathways", EventCatalogue.PATHWAYS);
		model.addAttribute("bi", new Bilingual(messages));
		return "opportunities/catalogue";
	}

	/** A message in both languages, for the template: {@code ${bi.ja('key')}}, {@code ${bi.en('key')}}. */
	static final class Bilingual {

		private final MessageSource messages;

		Bilingual(MessageSource messages) {
			this.messages = messages;
		}

		public String ja(String key) {
			return messages.getMessage(key, null, key, Locale.JAPANESE);
		}

		public String en(String key) {
			return messages.getMessage(key, null, key, Locale.ENGLISH);
		}

	}

}
