package jp.procurementdesk.companies;

/**
 * The approvals a product may hold (docs/companies.md, Products): marketing authorisations or
 * certifications of stringent regulatory authorities, whose reliance shortens WHO
 * prequalification (the abridged route) and which UN buyers ask for, and WHO's own listings.
 */
public enum ProductApproval {

	/** Japan: Pharmaceuticals and Medical Devices Agency (PMDA) / MHLW approval. */
	PMDA,

	/** United States: Food and Drug Administration. */
	FDA,

	/** European Union: a centralised marketing authorisation of the European Medicines Agency. */
	EMA,

	/** European Union: CE marking of a medical device or IVD under the MDR / IVDR. */
	CE,

	/** United Kingdom: Medicines and Healthcare products Regulatory Agency. */
	MHRA,

	/** Canada: Health Canada. */
	HEALTH_CANADA,

	/** Australia: Therapeutic Goods Administration. */
	TGA,

	/** Switzerland: Swissmedic. */
	SWISSMEDIC,

	/** Republic of Korea: Ministry of Food and Drug Safety. */
	MFDS,

	/** Prequalified by WHO already (another product version, or a listing kept up). */
	WHO_PQ,

	/** WHO Emergency Use Listing. */
	WHO_EUL

}
