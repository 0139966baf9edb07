package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.companies.RegistrationReviewTasks;
import jp.procurementdesk.companies.RegistrationStatus;
import jp.procurementdesk.companies.RegistrationView;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervisors' side of the registrations: the review list, one registration, with duplicates. */
@Service
@Transactional(readOnly = true)
class RegistrationQueries {

	private final RegistrationRepository registrations;

	private final CompanyRepository companies;

	private final RegistrationDuplicates duplicates;

	private final RegistrationReviewTasks reviewTasks;

	private final Clock clock;

	RegistrationQueries(RegistrationRepository registrations, CompanyRepository companies,
			RegistrationDuplicates duplicates, RegistrationReviewTasks reviewTasks, Clock clock) {
		this.registrations = registrations;
		this.companies = companies;
		this.duplicates = duplicates;
		this.reviewTasks = reviewTasks;
		this.clock = clock;
	}

	Page<RegistrationView> awaitingReview(int page, int size, CurrentUser viewer) {
		requireSupervisor(viewer);
		Paging.check(page, size);
		List<RegistrationView> items = registrations
			.inStatus(RegistrationStatus.AWAITING_REVIEW, PageRequest.of(page, size))
			.stream()
			.map(this::view)
			.toList();
		return new Page<>(items, page, size, registrations.countByStatus(RegistrationStatus.AWAITING_REVIEW));
	}

	long awaitingReviewCount(CurrentUser viewer) {
		requireSupervisor(viewer);
		return registrations.countByStatus(RegistrationStatus.AWAITING_REVIEW);
	}

	RegistrationView get(UUID registrationId, CurrentUser viewer) {
		requireSupervisor(viewer);
		return registrations.findById(registrationId)
			.filter(found -> found.getStatus() != RegistrationStatus.EMAIL_UNVERIFIED || isLinkValid(found))
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("Registration"));
	}

	private boolean isLinkValid(Registration registration) {
		return registration.getTokenExpiresAt().isAfter(OffsetDateTime.now(clock));
	}

	private RegistrationView view(Registration registration) {
		boolean awaiting = registration.getStatus() == RegistrationStatus.AWAITING_REVIEW;
		return new RegistrationView(registration.getId(), registration.getStatus(), registration.getCompanyName(),
				registration.getCompanyNameJa(), registration.getCountry(), registration.getCorporateNumber(),
				registration.getWebsite(), registration.getProductCategories(), registration.getContactName(),
				registration.getContactEmail(), registration.getContactLocale(), at(registration.getCreatedAt()),
				at(registration.getVerifiedAt()), at(registration.getDecidedAt()), registration.getDecidedBy(),
				registration.getCompanyId(), registration.getNote(), duplicates.of(registration),
				awaiting ? reviewTasks.openReviewTask(registration.getId()).orElse(null) : null,
				awaiting ? CompanyIdSuggestion.of(registration.getCompanyName(), registration.getId(),
						companies::existsById) : null);
	}

	private OffsetDateTime at(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
	}

	private static void requireSupervisor(CurrentUser viewer) {
		if (!viewer.hasRole(DeskRole.SUPERVISOR)) {
			throw new ForbiddenException("Only supervisors review registrations.");
		}
	}

}
