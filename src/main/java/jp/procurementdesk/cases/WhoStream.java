package jp.procurementdesk.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * WHO prequalification streams (the {@code stream} field of {@code pq-eligibility}): which
 * documents the dossier needs and how long WHO takes depend on it.
 */
public enum WhoStream {

	MEDICINE, VACCINE, IVD, VECTOR_CONTROL, IMMUNIZATION_DEVICE;

	/** The stream of that name; empty for null or any other text. */
	public static Optional<WhoStream> of(String name) {
		return Arrays.stream(values()).filter(stream -> stream.name().equals(name)).findFirst();
	}

}
