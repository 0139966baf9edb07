package jp.procurementdesk.documents;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which of some document ids are documents of a case: what a message may attach
 * (docs/conversation.md). No visibility check: callers check who sees the case.
 */
public interface DocumentsOfCase {

	/** The documents among these ids that belong to the case; others (unknown, another case's) are absent. */
	List<DocumentView> among(UUID caseId, Collection<UUID> documentIds);

}
