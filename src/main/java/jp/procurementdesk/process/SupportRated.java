package jp.procurementdesk.process;

import java.util.UUID;

import jp.procurementdesk.cases.Helpful;

/**
 * The company rated the desk's support in the satisfaction survey of a closed case
 * ({@code rate-support}). Published synchronously inside the engine's transaction; the
 * ministry report counts it.
 *
 * @param rating 1 (poor) to 5 (excellent)
 */
public record SupportRated(UUID caseId, String companyId, int rating, Helpful helpful) {
}
