package jp.procurementdesk.web;

import org.springframework.http.HttpStatus;

/**
 * What the one error page ({@code error.html}) says for a status: message keys of its title and
 * text, and its one action (back home, or try again when a service is away).
 */
enum ErrorPage {

	FORBIDDEN("error.403.title", "error.403.text", Action.HOME),

	/** 401 of a page: the desk has disabled the signed-in user (their session just ended). */
	ACCOUNT_DISABLED("account.disabled.title", "account.disabled.text", Action.HOME),

	NOT_FOUND("error.404.title", "error.404.text", Action.HOME),

	CONFLICT("error.other.title", "error.409.text", Action.HOME),

	UNAVAILABLE("error.503.title", "error.503.text", Action.RETRY),

	SIGN_IN_UNAVAILABLE("error.503.signIn.title", "error.503.signIn.text", Action.RETRY),

	OTHER("error.other.title", "error.other.text", Action.HOME);

	static final String VIEW = "error";

	private final String title;

	private final String text;

	private final Action action;

	ErrorPage(String title, String text, Action action) {
		this.title = title;
		this.text = text;
		this.action = action;
	}

	static ErrorPage of(HttpStatus status, boolean signIn) {
		return switch (status) {
			case UNAUTHORIZED -> ACCOUNT_DISABLED;
			case FORBIDDEN -> FORBIDDEN;
			case NOT_FOUND -> NOT_FOUND;
			case CONFLICT -> CONFLICT;
			case SERVICE_UNAVAILABLE -> signIn ? SIGN_IN_UNAVAILABLE : UNAVAILABLE;
			default -> OTHER;
		};
	}

	public String title() {
		return title;
	}

	public String text() {
		return text;
	}

	public String actionText() {
		return action.text;
	}

	/** {@code error-home} or {@code error-retry}. */
	public String actionTestId() {
		return "error-" + action.name().toLowerCase();
	}

	private enum Action {

		HOME("error.home"), RETRY("error.503.retry");

		private final String text;

		Action(String text) {
			this.text = text;
		}

	}

}
