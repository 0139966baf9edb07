package jp.procurementdesk.companies;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the review of a registration is in its process: the open task
 * {@code review-registration}. The process module implements it (the engine stays there).
 */
public interface RegistrationReviewTasks {

	Optional<String> openReviewTask(UUID registrationId);

}
