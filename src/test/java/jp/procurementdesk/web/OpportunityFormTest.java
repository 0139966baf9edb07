package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import jp.procurementdesk.opportunities.OpportunityDraft;
import org.junit.jupiter.api.Test;

class OpportunityFormTest {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Test
	void fieldsLeftEmptyAreNotGiven() {
		OpportunityForm form = tender();
		form.setUrl("");
		form.setNoticeId(" ");
		form.setVenue("");

		OpportunityForm.Reading reading = form.read(TOKYO);

		assertThat(reading.problems()).isEmpty();
		OpportunityDraft draft = reading.draft();
		assertThat(draft.url()).isNull();
		assertThat(draft.noticeId()).isNull();
		assertThat(draft.venue()).isNull();
	}

	@Test
	void theDeadlineIsReadInTheDesksZoneAndTheFamiliesAndOtherCodesJoin() {
		OpportunityForm form = tender();
		form.setUnspscFamilies(List.of("41110000"));
		form.setOtherUnspscCodes("42142500, 51101500");

		OpportunityDraft draft = form.read(TOKYO).draft();

		assertThat(draft.deadline()).hasToString("2027-01-15T17:00+09:00");
		assertThat(draft.unspscCodes()).containsExactly("41110000", "42142500", "51101500");
	}

	private static OpportunityForm tender() {
		OpportunityForm form = new OpportunityForm();
		form.setKind("UN_TENDER");
		form.setTitle("HIV rapid tests");
		form.setSummary("A long-term agreement.");
		form.setAgency("UNICEF");
		form.setDeadline("2027-01-15T17:00");
		return form;
	}

}
