package jp.procurementdesk.companies;

/**
 * A company's registration level on the UN Global Marketplace, as the task
 * {@code ungm-registration} records it (docs/contract.md) and the profile keeps it.
 */
public enum UngmLevel {

	BASIC, LEVEL_1, LEVEL_2

}
