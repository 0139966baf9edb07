package jp.procurementdesk.consultations;

/** What a consultation was about. */
public enum ConsultationTopic {

	WHO_PQ, COMPENDIUM, UN_PROCUREMENT, REGULATORY, MARKET_ENTRY, DOCUMENTS, OTHER

}
