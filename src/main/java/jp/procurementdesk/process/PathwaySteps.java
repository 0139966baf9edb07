package jp.procurementdesk.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.process.ProcessModel.Tasks;

/**
 * The user tasks of each pathway's process in the order a case meets them, for the
 * progress view of the case page.
 * Optional steps (a loop taken only sometimes) are shown only once they happened.
 */
public final class PathwaySteps {

	public static final Map<Pathway, List<String>> BY_PATHWAY = Map.of(
			Pathway.WHO_PQ, List.of(Tasks.PQ_ELIGIBILITY, Tasks.PREPARE_DOSSIER, Tasks.REVIEW_DOSSIER,
					Tasks.SUBMIT_TO_WHO, Tasks.RECORD_SCREENING, Tasks.ANSWER_WHO_QUERY, Tasks.RECORD_DECISION),
			Pathway.COMPENDIUM, List.of(Tasks.COMPENDIUM_ELIGIBILITY, Tasks.PREPARE_APPLICATION,
					Tasks.REVIEW_APPLICATION, Tasks.SUBMIT_APPLICATION, Tasks.RECORD_COMPENDIUM_RESULT),
			Pathway.UN_PROCUREMENT, List.of(Tasks.UNGM_REGISTRATION, Tasks.VERIFY_REGISTRATION,
					Tasks.IDENTIFY_TENDER, Tasks.GO_NO_GO, Tasks.PREPARE_BID, Tasks.REVIEW_BID, Tasks.SUBMIT_BID,
					Tasks.RECORD_AWARD));

	public static final Set<String> OPTIONAL = Set.of(Tasks.PROVIDE_INFORMATION, Tasks.ANSWER_WHO_QUERY);

	private PathwaySteps() {
	}

}
