package jp.procurementdesk.companies.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The verification link's token: 32 random bytes (URL-safe Base64, 43 characters). Only its
 * SHA-256 is stored: a copy of the database lets no one verify a registration.
 */
final class VerificationTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int BYTES = 32;

	private VerificationTokens() {
	}

	static String newToken() {
		byte[] token = new byte[BYTES];
		RANDOM.nextBytes(token);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	/** The hex SHA-256 of the token as given (any text: an unknown one simply matches no row). */
	static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
