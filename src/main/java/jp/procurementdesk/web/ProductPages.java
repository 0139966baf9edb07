package jp.procurementdesk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company-admin's product register forms on the company page: add, change, remove. */
@Controller
@RequestMapping("/company/products")
class ProductPages {

	private static final String BACK = "redirect:/company#products";

	private final CompanyPage page;

	private final Products products;

	private final Problems problems;

	ProductPages(CompanyPage page, Products products, Problems problems) {
		this.page = page;
		this.products = products;
		this.problems = problems;
	}

	@PostMapping
	String add(@ModelAttribute("productForm") ProductForm form, BindingResult binding, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CompanyPage.requireAdmin(user);
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.refused("product-new", page.bindingErrors(binding), user, model);
		}
		try {
			products.add(user, form.toDraft());
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.refused("product-new", problems.messages(invalid), user, model);
		}
		catch (ConflictException taken) {
			flash.addFlashAttribute("alert", page.message("product.nameTaken"));
			return BACK;
		}
		flash.addFlashAttribute("notice", "product.added");
		return BACK;
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @ModelAttribute("editForm") ProductForm form, BindingResult binding,
			CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
		CompanyPage.requireAdmin(user);
		model.addAttribute("editedProduct", id);
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.refused("product-" + id, page.bindingErrors(binding), user, model);
		}
		try {
			products.change(user, id, form.toDraft());
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.refused("product-" + id, problems.messages(invalid), user, model);
		}
		catch (ConflictException taken) {
			flash.addFlashAttribute("alert", page.message("product.nameTaken"));
			return BACK;
		}
		flash.addFlashAttribute("notice", "product.changed");
		return BACK;
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable UUID id, CurrentUser user, RedirectAttributes flash) {
		CompanyPage.requireAdmin(user);
		try {
			products.remove(user, id);
		}
		catch (ConflictException named) {
			flash.addFlashAttribute("alert", page.message("product.inUse"));
			return BACK;
		}
		flash.addFlashAttribute("notice", "product.removed");
		return BACK;
	}

}
