package jp.procurementdesk.consultations;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultation as recorded or corrected (docs/consultations.md): the same body for both. The
 * rule the annotations cannot say (the date is not in the future, in the desk's zone) is
 * checked by the module.
 *
 * @param attendees who took part, free text, optional
 */
public record ConsultationInput(@NotNull LocalDate heldOn, @NotNull ConsultationChannel channel,
		@NotNull @Min(MIN_MINUTES) @Max(MAX_MINUTES) Integer minutes, @NotEmpty Set<@NotNull ConsultationTopic> topics,
		@Size(max = MAX_ATTENDEES) String attendees, @NotBlank @Size(max = MAX_SUMMARY) String summary) {

	public static final int MIN_MINUTES = 1;

	public static final int MAX_MINUTES = 600;

	public static final int MAX_ATTENDEES = 1000;

	public static final int MAX_SUMMARY = 4000;

}
