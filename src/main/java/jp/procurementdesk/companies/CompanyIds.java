package jp.procurementdesk.companies;

/** Which company ids are taken: a new company's id must be unique (the review's {@code companyId}). */
public interface CompanyIds {

	boolean taken(String companyId);

}
