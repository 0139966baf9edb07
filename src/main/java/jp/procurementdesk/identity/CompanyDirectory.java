package jp.procurementdesk.identity;

import java.util.Optional;

/** Display names of client companies; the application's company table is the source. */
public interface CompanyDirectory {

	Optional<String> nameOf(String companyId);

}
