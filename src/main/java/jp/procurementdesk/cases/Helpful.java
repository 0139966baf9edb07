package jp.procurementdesk.cases;

/** How helpful the company found the desk's support (the satisfaction survey's {@code helpful}). */
public enum Helpful {

	YES, PARTLY, NO

}
