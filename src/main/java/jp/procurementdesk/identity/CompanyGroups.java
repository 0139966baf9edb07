package jp.procurementdesk.identity;

/**
 * The candidate group of a company's tasks: {@code company:<companyId>}, as the process
 * models write it ({@code camunda:candidateGroups="company:${companyId}"}) and as the engine
 * is told a company user's groups. The staff groups are {@code advisors} and {@code supervisors}.
 */
public final class CompanyGroups {

	public static final String PREFIX = "company:";

	private CompanyGroups() {
	}

	/** The group of the company's users. */
	public static String of(String companyId) {
		return PREFIX + companyId;
	}

	public static boolean isCompanyGroup(String group) {
		return group.startsWith(PREFIX);
	}

	/** The company of a company group; the group must be one ({@link #isCompanyGroup}). */
	public static String companyIdOf(String group) {
		return group.substring(PREFIX.length());
	}

}
