package jp.procurementdesk.identity.internal;

/**
 * A person's name as Keycloak keeps it, first and last name, from the one name the desk
 * asks for: split at the last space (an ideographic space too), or all of it the first name
 * when it has none. Shown again as first and last joined by a space.
 *
 * @param lastName null when the name has no space
 */
record PersonName(String firstName, String lastName) {

	static PersonName of(String name) {
		String text = name == null ? "" : name.strip().replaceAll("[\\s\\u3000]+", " ");
		int space = text.lastIndexOf(' ');
		if (space < 0) {
			return new PersonName(text, null);
		}
		return new PersonName(text.substring(0, space), text.substring(space + 1));
	}

	/** First and last name as one, or {@code fallback} when Keycloak has neither. */
	static String display(String firstName, String lastName, String fallback) {
		String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
		return name.isEmpty() ? fallback : name;
	}

}
