package jp.procurementdesk.identity;

import java.util.Optional;

/**
 * What the rest of the desk needs to know of a client company: its display name and whether
 * it is suspended. The companies module owns the company table and implements this.
 */
public interface CompanyDirectory {

	Optional<String> nameOf(String companyId);

	/**
	 * Whether the desk has suspended the company: its users' writes answer 403. False for a
	 * company that does not exist.
	 */
	boolean suspended(String companyId);

}
