package jp.procurementdesk.documents.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * An upload on its way to the storage: counts and hashes what passes through, and refuses to
 * pass more than the limit (a client may announce less than it sends).
 */
final class MeasuredInput extends FilterInputStream {

	private final MessageDigest digest;

	private final long limit;

	private final Supplier<? extends RuntimeException> tooLarge;

	private long count;

	private Boolean empty;

	MeasuredInput(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
		super(null);
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
		this.in = new BufferedInputStream(in);
		this.limit = limit;
		this.tooLarge = tooLarge;
	}

	boolean isEmpty() throws IOException {
		if (empty == null) {
			in.mark(1);
			empty = in.read() < 0;
			in.reset();
		}
		return empty;
	}

	@Override
	public int read() throws IOException {
		int b = in.read();
		if (b >= 0) {
			digest.update((byte) b);
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = in.read(buffer, offset, length);
		if (read > 0) {
			digest.update(buffer, offset, read);
			counted(read);
		}
		return read;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void counted(int bytes) {
		count += bytes;
		if (count > limit) {
			throw tooLarge.get();
		}
	}

	long count() {
		return count;
	}

	String sha256() {
		return HexFormat.of().formatHex(digest.digest());
	}

}
