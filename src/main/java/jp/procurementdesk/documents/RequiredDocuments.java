package jp.procurementdesk.documents;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.WhoStream;
import jp.procurementdesk.process.ProcessModel.Tasks;

/**
 * The documents a preparation task needs before it may be completed (docs/contract.md, Documents):
 * {@code prepare-dossier} by WHO stream, {@code prepare-application} and {@code prepare-bid}.
 */
public interface RequiredDocuments {

	Map<WhoStream, List<DocumentType>> BY_STREAM = Map.of(
			WhoStream.MEDICINE, List.of(DocumentType.PRODUCT_DOSSIER, DocumentType.SITE_MASTER_FILE,
					DocumentType.GMP_CERTIFICATE),
			WhoStream.VACCINE, List.of(DocumentType.PRODUCT_DOSSIER, DocumentType.SITE_MASTER_FILE,
					DocumentType.REGULATORY_APPROVAL),
			WhoStream.IVD, List.of(DocumentType.PRE_SUBMISSION_FORM, DocumentType.PRODUCT_DOSSIER,
					DocumentType.INSTRUCTIONS_FOR_USE, DocumentType.ISO_13485_CERTIFICATE),
			WhoStream.VECTOR_CONTROL, List.of(DocumentType.PRODUCT_DOSSIER, DocumentType.LABELLING),
			WhoStream.IMMUNIZATION_DEVICE, List.of(DocumentType.PQS_TEST_REPORT, DocumentType.ISO_13485_CERTIFICATE));

	/** The task keys that have a checklist. */
	Set<String> TASK_KEYS = Set.of(Tasks.PREPARE_DOSSIER, Tasks.PREPARE_APPLICATION, Tasks.PREPARE_BID);

	/** What the task needs; {@code stream} matters for prepare-dossier only. Empty for other tasks. */
	static List<DocumentType> required(String taskKey, String stream) {
		return switch (taskKey) {
			case Tasks.PREPARE_DOSSIER -> WhoStream.of(stream).map(BY_STREAM::get).orElse(List.of());
			case Tasks.PREPARE_APPLICATION -> List.of(DocumentType.COMPENDIUM_FORM);
			case Tasks.PREPARE_BID -> List.of(DocumentType.TECHNICAL_OFFER, DocumentType.FINANCIAL_OFFER);
			default -> List.of();
		};
	}

	/** The required types of which the case has no document yet, in checklist order. */
	List<DocumentType> missing(UUID caseId, String taskKey, String stream);

	/**
	 * The checklists of the case's open preparation tasks. Callers check that the user may
	 * see the case.
	 */
	List<Checklist> openChecklists(UUID caseId);

	record Checklist(String taskId, String taskKey, List<Item> items) {

		public boolean complete() {
			return items.stream().allMatch(Item::present);
		}

	}

	record Item(DocumentType type, boolean present) {
	}

}
