package jp.procurementdesk.companies.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Mail services anyone can have an address at (docs/companies.md, Registration): users at such
 * a domain are no sign of a duplicate company, so the review does not list them.
 */
final class PublicMailDomains {

	private static final Set<String> DOMAINS = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.jp",
			"ymail.com", "outlook.com", "outlook.jp", "hotmail.com", "hotmail.co.jp", "live.com", "live.jp", "msn.com",
			"icloud.com", "me.com", "mac.com", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.com",
			"proton.me", "protonmail.com", "zoho.com", "yandex.com", "qq.com", "163.com", "naver.com",
			"docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "nifty.com", "biglobe.ne.jp",
			"ocn.ne.jp", "so-net.ne.jp");

	private PublicMailDomains() {
	}

	static boolean isPublic(String domain) {
		return domain != null && DOMAINS.contains(domain.toLowerCase(Locale.ROOT));
	}

}
