package jp.procurementdesk.companies;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A colleague a company-admin invites ({@code POST /api/company/users}): a new Keycloak user
 * of the admin's own company, with the role {@code company} only, who receives Keycloak's
 * set-password mail. Nothing else can be given: not the company, not a role.
 *
 * @param email becomes the username
 */
public record Invitation(@NotBlank @Size(max = 100) String name,
		@NotBlank @Email(message = "company-email") @Size(max = 254) String email) {

	/** Without the spaces a copied address brings along. */
	public Invitation {
		name = name == null ? null : name.strip();
		email = email == null ? null : email.strip();
	}

}
