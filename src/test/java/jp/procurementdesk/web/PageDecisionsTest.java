package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TimelineRecord;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.support.DemoUsers;
import jp.procurementdesk.tasks.TaskView;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

/** What the view models decide for the templates: error texts, task choices, the stage bar. */
class PageDecisionsTest {

	private static final CurrentUser SUPERVISOR = user(DeskRole.SUPERVISOR, DeskRole.ADVISOR);

	private static final CurrentUser ADVISOR = user(DeskRole.ADVISOR);

	private static final CurrentUser COMPANY = user(DeskRole.COMPANY);

	@Test
	void eachErrorStatusHasItsTexts() {
		assertThat(ErrorPage.of(HttpStatus.UNAUTHORIZED, false).title()).isEqualTo("account.disabled.title");
		assertThat(ErrorPage.of(HttpStatus.FORBIDDEN, false).title()).isEqualTo("error.403.title");
		assertThat(ErrorPage.of(HttpStatus.NOT_FOUND, false).text()).isEqualTo("error.404.text");
		assertThat(ErrorPage.of(HttpStatus.CONFLICT, false).text()).isEqualTo("error.409.text");
		assertThat(ErrorPage.of(HttpStatus.CONFLICT, false).title()).isEqualTo("error.other.title");
		assertThat(ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, false).title()).isEqualTo("error.503.title");
		assertThat(ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, true).text()).isEqualTo("error.503.signIn.text");
		assertThat(ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, true).actionTestId()).isEqualTo("error-retry");
		assertThat(ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, false).text()).isEqualTo("error.other.text");
		assertThat(ErrorPage.of(HttpStatus.BAD_REQUEST, false).actionText()).isEqualTo("error.home");
	}

	@Test
	void staffClaimUnassignedDeskTasksAndSupervisorsAssignTheAdvisorsOnes() {
		TaskView pool = task(null, "advisors");
		TaskView taken = task(DemoUsers.ADVISOR, "advisors");
		TaskView company = task(null, "company:acme");

		assertThat(TaskChoices.of(pool, ADVISOR)).isEqualTo(new TaskChoices(true, true, false));
		assertThat(TaskChoices.of(pool, SUPERVISOR)).isEqualTo(new TaskChoices(true, true, true));
		assertThat(TaskChoices.of(taken, SUPERVISOR)).isEqualTo(new TaskChoices(true, false, true));
		assertThat(TaskChoices.of(company, SUPERVISOR)).isEqualTo(new TaskChoices(false, false, false));
		assertThat(TaskChoices.of(pool, COMPANY)).isEqualTo(new TaskChoices(false, false, false));
		assertThat(TaskChoices.of(task(null, "supervisors"), SUPERVISOR)).isEqualTo(new TaskChoices(true, true, false));
	}

	@Test
	void aQuestionWithoutPathwaysGoesFromTriageToClosed() {
		CaseView question = new CaseView(UUID.randomUUID(), "PD-2026-000001", "acme-medical", "Acme", "Test kit",
				ProductCategory.IVD, null, null, CaseKind.QUESTION, Set.of(), Set.of(), "Is it eligible?", CaseStatus.CLOSED,
				CaseOutcome.ANSWERED, null, Map.of(), List.of(), OffsetDateTime.now(), OffsetDateTime.now(), 0);

		assertThat(CaseProgress.stages(question)).extracting(CaseProgress.Stage::status, CaseProgress.Stage::css)
			.containsExactly(tuple(CaseStatus.TRIAGE, "stage-done"), tuple(CaseStatus.CLOSED, "stage-current"));
		assertThat(CaseProgress.stages(new CaseView(question.id(), question.reference(), question.companyId(),
				question.companyName(), question.productName(), question.productCategory(), null, null, CaseKind.QUESTION,
				Set.of(Pathway.WHO_PQ), Set.of(), question.summary(), CaseStatus.CONSULTATION, null, "advisor.tanaka",
				Map.of(), List.of(), question.openedAt(), null, 0)))
			.as("a question taken into support has the whole bar").hasSize(6);
	}

	@Test
	void theStageBarShowsInformationRequestedAtTriage() {
		assertThat(CaseProgress.stages(CaseStatus.INFORMATION_REQUESTED)).extracting(CaseProgress.Stage::css)
			.containsExactly("stage-current", "stage-ahead", "stage-ahead", "stage-ahead", "stage-ahead", "stage-ahead");
		assertThat(CaseProgress.stages(CaseStatus.IN_SUPPORT)).extracting(CaseProgress.Stage::css)
			.containsExactly("stage-done", "stage-done", "stage-done", "stage-current", "stage-ahead", "stage-ahead");
		assertThat(CaseProgress.stages(CaseStatus.CLOSED)).filteredOn(CaseProgress.Stage::current)
			.extracting(CaseProgress.Stage::status)
			.containsExactly(CaseStatus.CLOSED);
	}

	private static TaskView task(String assignee, String group) {
		return new TaskView("t1", "triage", "Triage", null, "PD-2026-000001", "Acme", assignee, List.of(group), null,
				null, false, List.of(), false);
	}

	private static CurrentUser user(DeskRole... roles) {
		return new CurrentUser("someone", "Someone", "someone@example.org", Set.of(roles),
				roles[0] == DeskRole.COMPANY ? "acme" : null);
	}

	@Test
	void aMessagesTimelineEntryShowsItsTextAndWhetherItIsANoteButNoIds() {
		UUID messageId = UUID.randomUUID();
		TimelineRecord message = new TimelineRecord(OffsetDateTime.now(), "acme.user", TimelineType.MESSAGE_POSTED,
				Map.of("messageId", messageId, "internal", false, "body", "Here is our dossier.", "documentIds",
						List.of(UUID.randomUUID())));
		TimelineRecord note = new TimelineRecord(OffsetDateTime.now(), "advisor.tanaka", TimelineType.MESSAGE_POSTED,
				Map.of("messageId", messageId, "internal", true));
		TimelineRecord other = new TimelineRecord(OffsetDateTime.now(), "advisor.tanaka", TimelineType.DOCUMENT_ADDED,
				Map.of("fileName", "dossier.pdf"));

		assertThat(new CaseProgress.TimelineItem(message).shownDetails()).containsOnlyKeys("body");
		assertThat(new CaseProgress.TimelineItem(note).shownDetails()).containsExactly(Map.entry("internal", true));
		assertThat(new CaseProgress.TimelineItem(other).shownDetails()).isEqualTo(other.details());
	}

}
