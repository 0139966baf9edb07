package jp.procurementdesk.web;

import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Choices every page may offer (enums are translated in the templates as {@code enum.<VALUE>}). */
@ControllerAdvice(assignableTypes = { HomeController.class, CasePages.class, TaskPages.class, DocumentPages.class,
		CompanyPages.class, ColleaguePages.class, ProductPages.class, CompanyOversightPages.class,
		ConsultationPages.class, OpportunityCasePages.class })
class WebModel {

	@ModelAttribute("categories")
	ProductCategory[] categories() {
		return ProductCategory.values();
	}

	@ModelAttribute("allPathways")
	Pathway[] pathways() {
		return Pathway.values();
	}

	@ModelAttribute("agencies")
	TargetAgency[] agencies() {
		return TargetAgency.values();
	}

	@ModelAttribute("kinds")
	CaseKind[] kinds() {
		return CaseKind.values();
	}

	@ModelAttribute("statuses")
	CaseStatus[] statuses() {
		return CaseStatus.values();
	}

}
