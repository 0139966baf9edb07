package jp.procurementdesk.documents;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A PDF header followed by pseudo-random bytes, made up as it is read, never held whole. */
final class GeneratedPdf extends InputStream {

	private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);

	private final long size;

	private long position;

	private long state = 0x9E3779B97F4A7C15L;

	GeneratedPdf(long size) {
		this.size = size;
	}

	@Override
	public int read() {
		if (position >= size) {
			return -1;
		}
		return next() & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		if (position >= size) {
			return -1;
		}
		int n = (int) Math.min(length, size - position);
		for (int i = 0; i < n; i++) {
			buffer[offset + i] = next();
		}
		return n;
	}

	private byte next() {
		long at = position++;
		if (at < HEADER.length) {
			return HEADER[(int) at];
		}
		state ^= state << 13;
		state ^= state >>> 7;
		state ^= state << 17;
		return (byte) state;
	}

}
