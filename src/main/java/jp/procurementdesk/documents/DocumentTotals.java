package jp.procurementdesk.documents;

/** How many case documents are stored (every version) and their total size, for monitoring. */
public interface DocumentTotals {

	Totals totals();

	record Totals(long documents, long bytes) {
	}

}
