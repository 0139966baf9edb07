package jp.procurementdesk.security;

import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;

/** A real token of the demo realm made into a forgery: claims altered, signed by another key, unsigned. */
final class ForgedTokens {

	private ForgedTokens() {
	}

	/** The payload says sakura's company instead of acme's; the signature is the original one. */
	static String altered(String token) {
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace(ACME_COMPANY, SAKURA_COMPANY);
		return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
	}

	/** The same claims and key id, signed by a key the realm never had. */
	static String resigned(String token) throws ParseException, JOSEException {
		SignedJWT real = SignedJWT.parse(token);
		RSAKey other = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
				real.getJWTClaimsSet());
		forged.sign(new RSASSASigner(other));
		return forged.serialize();
	}

	/** The same claims with {@code alg: none} and no signature. */
	static String unsigned(String token) throws ParseException {
		String header = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String claims = SignedJWT.parse(token).getJWTClaimsSet().toString();
		return header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
	}

}
