package jp.procurementdesk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.companies.Colleagues;
import jp.procurementdesk.companies.CompanyProfile;
import jp.procurementdesk.companies.CompanyProfiles;
import jp.procurementdesk.companies.Product;
import jp.procurementdesk.companies.ProductApproval;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.companies.UngmLevel;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ForbiddenException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Everything the company page ({@code /company}) shows: profile, interests, colleagues and
 * products; for the company-admin also the forms (edit profile, invite, products). After a
 * refused form the page shows it again with its values and the problems next to the fields:
 * {@code failed} names the form ({@code profile}, {@code invite}, {@code product-new},
 * {@code product-<id>}), {@code errors} is field -> message.
 */
@Component
class CompanyPage {

	static final String VIEW = "company/company";

	private final CompanyProfiles profiles;

	private final Colleagues colleagues;

	private final Products products;

	private final MessageSource messages;

	private final UnspscChoices unspsc;

	CompanyPage(CompanyProfiles profiles, Colleagues colleagues, Products products, MessageSource messages,
			UnspscChoices unspsc) {
		this.profiles = profiles;
		this.colleagues = colleagues;
		this.products = products;
		this.messages = messages;
		this.unspsc = unspsc;
	}

	String show(CurrentUser user, Model model) {
		CompanyProfile profile = profiles.own(user);
		List<Product> register = products.list(user);
		boolean admin = user.hasRole(DeskRole.COMPANY_ADMIN);
		model.addAttribute("profile", profile);
		model.addAttribute("colleagues", colleagues.list(user));
		model.addAttribute("products", register);
		model.addAttribute("admin", admin);
		model.addAttribute("me", user.username());
		model.addAttribute("approvals", ProductApproval.values());
		model.addAttribute("ungmLevels", UngmLevel.values());
		if (admin) {
			if (!model.containsAttribute("profileForm")) {
				model.addAttribute("profileForm", ProfileForm.of(profile, unspsc.familyPrefixes()));
			}
			model.addAttribute("unspscSegments", unspsc.segments(LocaleContextHolder.getLocale()));
			if (!model.containsAttribute("productForm")) {
				model.addAttribute("productForm", new ProductForm());
			}
			Map<UUID, ProductForm> edits = new LinkedHashMap<>();
			register.forEach(product -> edits.put(product.id(), ProductForm.of(product)));
			if (model.getAttribute("editedProduct") instanceof UUID edited
					&& model.getAttribute("editForm") instanceof ProductForm form) {
				edits.put(edited, form);
			}
			model.addAttribute("productForms", edits);
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("noErrors", Map.of());
		return VIEW;
	}

	/** A refused form: shown again with its problems. */
	String refused(String form, Map<String, String> errors, CurrentUser user, Model model) {
		model.addAttribute("failed", form);
		model.addAttribute("errors", errors);
		return show(user, model);
	}

	/** Values the browser sent that are no value at all (an unknown category): "has an invalid value". */
	Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach(error -> errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())));
		return errors;
	}

	/** The company-admin's forms: 403 for anyone else before anything is read (the module checks again). */
	static void requireAdmin(CurrentUser user) {
		if (!user.hasRole(DeskRole.COMPANY) || !user.hasRole(DeskRole.COMPANY_ADMIN)) {
			throw new ForbiddenException("Only the company-admin changes the company.");
		}
	}

	String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
