package jp.procurementdesk.cases;

public enum ProductCategory {

	MEDICINE, VACCINE, IVD, VECTOR_CONTROL, IMMUNIZATION_DEVICE, MEDICAL_DEVICE

}
