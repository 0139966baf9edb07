package jp.procurementdesk.process;

import java.util.Arrays;
import java.util.UUID;

/**
 * A process timer asks to remind someone (the timers of docs/contract.md, Processes): {@code reminder} such as
 * INFORMATION_REMINDER, PQ_STATUS_CHECK, BID_DEADLINE_7D or DEADLINE_MISSED;
 * {@code recipients} one of company / advisor / supervisors.
 */
public record ReminderDue(UUID caseId, String reminder, Recipients recipients, String taskKey) {

	/** Who a reminder goes to, as the models' {@code recipients} input names them. */
	public enum Recipients {

		/** Every user of the case's company. */
		COMPANY("company"),

		/** The case's advisor. */
		ADVISOR("advisor"),

		SUPERVISORS("supervisors");

		private final String modelValue;

		Recipients(String modelValue) {
			this.modelValue = modelValue;
		}

		/** The value of the {@code recipients} input parameter in the BPMN models. */
		public String modelValue() {
			return modelValue;
		}

		public static Recipients ofModelValue(String value) {
			return Arrays.stream(values())
				.filter(recipients -> recipients.modelValue.equals(value))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown reminder recipients " + value));
		}

	}

}
