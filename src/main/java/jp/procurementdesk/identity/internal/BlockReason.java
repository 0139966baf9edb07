package jp.procurementdesk.identity.internal;

/** Why the desk disabled a company user (table {@code account_block}). */
enum BlockReason {

	/** A company-admin disabled the colleague: every request is refused (401); stays so. */
	DISABLED_BY_COMPANY,

	/**
	 * The desk suspended the company: writes are refused (403), reads still answered while a
	 * token lasts; reactivation enables the user again.
	 */
	COMPANY_SUSPENDED

}
