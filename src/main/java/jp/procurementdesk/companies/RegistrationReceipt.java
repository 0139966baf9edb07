package jp.procurementdesk.companies;

import java.util.UUID;

/**
 * The answer to a registration ({@code POST /api/registrations}, 202): the same shape and
 * status whatever the address, so that it never tells whether an address is known.
 */
public record RegistrationReceipt(UUID id, RegistrationStatus status) {
}
