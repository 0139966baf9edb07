package jp.procurementdesk.companies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a supervisor suspends or reactivates a company; it goes to the company's audit trail. */
public record Reason(@NotBlank @Size(max = 2000) String reason) {
}
