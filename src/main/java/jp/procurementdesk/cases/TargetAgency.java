package jp.procurementdesk.cases;

/** UN and multilateral buyers a company may target. */
public enum TargetAgency {

	UNICEF, UNDP, UNFPA, WHO, PAHO, UNOPS, GLOBAL_FUND, GAVI, OTHER

}
