package jp.procurementdesk.cases;

/** WHO prequalification assessment routes (the {@code route} field of {@code pq-eligibility}). */
public enum WhoRoute {

	FULL, ABRIDGED

}
