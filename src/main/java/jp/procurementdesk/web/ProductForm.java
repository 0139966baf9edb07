package jp.procurementdesk.web;

import java.util.EnumSet;
import java.util.Set;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.Product;
import jp.procurementdesk.companies.ProductApproval;
import jp.procurementdesk.companies.ProductDraft;

/** A product of the register as the company-admin's form posts it; the rules are the module's ({@link ProductDraft}). */
public class ProductForm {

	private String name;

	private ProductCategory category;

	private String unspscCode;

	private Set<ProductApproval> approvals = EnumSet.noneOf(ProductApproval.class);

	private String notes;

	static ProductForm of(Product product) {
		ProductForm form = new ProductForm();
		form.name = product.name();
		form.category = product.category();
		form.unspscCode = product.unspscCode();
		form.setApprovals(product.approvals());
		form.notes = product.notes();
		return form;
	}

	ProductDraft toDraft() {
		return new ProductDraft(name, category, unspscCode, approvals, notes);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ProductCategory getCategory() {
		return category;
	}

	public void setCategory(ProductCategory category) {
		this.category = category;
	}

	public String getUnspscCode() {
		return unspscCode;
	}

	public void setUnspscCode(String unspscCode) {
		this.unspscCode = unspscCode;
	}

	public Set<ProductApproval> getApprovals() {
		return approvals;
	}

	public void setApprovals(Set<ProductApproval> approvals) {
		Set<ProductApproval> copy = EnumSet.noneOf(ProductApproval.class);
		if (approvals != null) {
			approvals.stream().filter(approval -> approval != null).forEach(copy::add);
		}
		this.approvals = copy;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
