package jp.procurementdesk.consultations;

/** How a consultation was held. */
public enum ConsultationChannel {

	MEETING, ONLINE, PHONE, EMAIL, EVENT

}
