package jp.procurementdesk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jp.procurementdesk.consultations.ConsultationChannel;
import jp.procurementdesk.consultations.ConsultationInput;
import jp.procurementdesk.consultations.ConsultationTopic;
import jp.procurementdesk.consultations.ConsultationView;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

/**
 * The record and correct forms of the case page's consultations, as typed: every field is text
 * here, so that what cannot be read (a date, a number) is refused next to its field, and shown
 * again as typed. The module checks the rest.
 */
public class ConsultationForm {

	private String heldOn;

	private String channel;

	private String minutes;

	private Set<String> topics = new LinkedHashSet<>();

	private String attendees;

	private String summary;

	private String version;

	/** A record's values, to correct it. */
	static ConsultationForm of(ConsultationView view) {
		ConsultationForm form = new ConsultationForm();
		form.heldOn = view.heldOn().toString();
		form.channel = view.channel().name();
		form.minutes = String.valueOf(view.minutes());
		form.topics = new LinkedHashSet<>(view.topics().stream().map(Enum::name).toList());
		form.attendees = view.attendees();
		form.summary = view.summary();
		form.version = String.valueOf(view.version());
		return form;
	}

	/** What the form reads as: the values it could read, and a problem for each it could not. */
	Reading read() {
		Map<String, Problem> problems = new LinkedHashMap<>();
		LocalDate date = null;
		if (given(heldOn)) {
			try {
				date = LocalDate.parse(heldOn.strip());
			}
			catch (DateTimeParseException unreadable) {
				problems.put("heldOn", new Problem("date"));
			}
		}
		ConsultationChannel chosen = Arrays.stream(ConsultationChannel.values())
			.filter(value -> value.name().equals(channel))
			.findFirst()
			.orElse(null);
		Integer length = null;
		if (given(minutes)) {
			try {
				length = Integer.valueOf(minutes.strip());
			}
			catch (NumberFormatException unreadable) {
				problems.put("minutes", new Problem("consultation-minutes", ConsultationInput.MIN_MINUTES,
						ConsultationInput.MAX_MINUTES));
			}
		}
		Set<ConsultationTopic> chosenTopics = new LinkedHashSet<>();
		for (String topic : topics == null ? Set.<String>of() : topics) {
			Arrays.stream(ConsultationTopic.values()).filter(value -> value.name().equals(topic)).forEach(chosenTopics::add);
		}
		return new Reading(new ConsultationInput(date, chosen, length, chosenTopics, attendees, summary), problems);
	}

	/** The version the correction was made on; -1 (never a record's) when unreadable. */
	long versionRead() {
		try {
			return Long.parseLong(version == null ? "" : version.strip());
		}
		catch (NumberFormatException unreadable) {
			return -1;
		}
	}

	private static boolean given(String text) {
		return text != null && !text.isBlank();
	}

	/** @param problems what could not be read; the module's problems for these fields give way to them */
	record Reading(ConsultationInput input, Map<String, Problem> problems) {

		/** The module's refusal with the reading's problems over it. */
		InvalidInputException merged(InvalidInputException refused) {
			Map<String, Problem> all = new LinkedHashMap<>(refused.problems());
			all.putAll(problems);
			return new InvalidInputException(all);
		}

	}

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public Set<String> getTopics() {
		return topics;
	}

	public void setTopics(Set<String> topics) {
		this.topics = topics;
	}

	public String getAttendees() {
		return attendees;
	}

	public void setAttendees(String attendees) {
		this.attendees = attendees;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
