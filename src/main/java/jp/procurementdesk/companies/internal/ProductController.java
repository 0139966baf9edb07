package jp.procurementdesk.companies.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.companies.Product;
import jp.procurementdesk.companies.ProductDraft;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The product register of the caller's company (docs/companies.md): its users read, its company-admin changes. */
@RestController
@RequestMapping("/api/company/products")
@Tag(name = "Company")
class ProductController {

	private final Products products;

	ProductController(Products products) {
		this.products = products;
	}

	@Operation(operationId = "listProducts", summary = "The product register of the caller's company, by name")
	@ApiResponse(responseCode = "200", description = "The register.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not a company user.")
	@GetMapping
	ProductList list(CurrentUser user) {
		return new ProductList(products.list(user));
	}

	@Operation(operationId = "addProduct", summary = "Add a product to the register (company-admin)")
	@ApiResponse(responseCode = "201", description = "Added.", useReturnTypeSchema = true,
			headers = @Header(name = "Location", description = "The product.", schema = @Schema(format = "uri-reference")))
	@ApiResponse(responseCode = "403", description = "Not the company-admin, or the company is suspended.")
	@ApiResponse(responseCode = "409", description = "The register has a product of this name already.")
	@PostMapping
	ResponseEntity<Product> add(@RequestBody ProductDraft draft, CurrentUser user) {
		Product added = products.add(user, draft);
		return ResponseEntity.created(URI.create("/api/company/products/" + added.id())).body(added);
	}

	@Operation(operationId = "changeProduct", summary = "Change a product of the register (company-admin)")
	@ApiResponse(responseCode = "200", description = "Changed: the product.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not the company-admin, or the company is suspended.")
	@ApiResponse(responseCode = "409", description = "Another product of the register has this name.")
	@PutMapping("/{id}")
	Product change(@PathVariable UUID id, @RequestBody ProductDraft draft, CurrentUser user) {
		return products.change(user, id, draft);
	}

	@Operation(operationId = "removeProduct", summary = "Remove a product from the register (company-admin)")
	@ApiResponse(responseCode = "204", description = "Removed.")
	@ApiResponse(responseCode = "403", description = "Not the company-admin, or the company is suspended.")
	@ApiResponse(responseCode = "409", description = "A case names this product: it stays in the register.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id, CurrentUser user) {
		products.remove(user, id);
		return ResponseEntity.noContent().build();
	}

	/** {@code {items[]}}: a company's register is short, and answered whole. */
	record ProductList(List<Product> items) {
	}

}
