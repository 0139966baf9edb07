package jp.procurementdesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a port of its own in front of a server (Keycloak, say): a test points the
 * application at the relay and plays an outage by {@link #close() closing} it (connections
 * are cut, new ones refused) and a return by {@link #open() opening} it again on the same
 * port, while the server itself, shared with other tests, runs on.
 */
public final class TcpRelay implements AutoCloseable {

	private final int port;

	private final String targetHost;

	private final int targetPort;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private ServerSocket server;

	private TcpRelay(int port, String targetHost, int targetPort) {
		this.port = port;
		this.targetHost = targetHost;
		this.targetPort = targetPort;
	}

	/** An open relay on a free port to the target. */
	public static TcpRelay to(String targetHost, int targetPort) {
		TcpRelay relay = new TcpRelay(DeskInfrastructure.freePort(), targetHost, targetPort);
		relay.open();
		return relay;
	}

	public int port() {
		return port;
	}

	/** Accepts connections again (on the same port). */
	public synchronized void open() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			server = socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(() -> accept(server), "tcp-relay-" + port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The outage: every connection is cut, new ones are refused until {@link #open()}. */
	@Override
	public synchronized void close() {
		if (server != null) {
			quietly(server);
			server = null;
		}
		sockets.forEach(TcpRelay::quietly);
		sockets.clear();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket target = new Socket(targetHost, targetPort);
				sockets.add(client);
				sockets.add(target);
				pipe(client, target);
				pipe(target, client);
			}
			catch (IOException closedOrRefused) {
				// closed: the loop ends; refused by the target: the client's connection goes
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread pipe = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException cut) {
				// one side closed
			}
			finally {
				quietly(from);
				quietly(to);
				sockets.remove(from);
				sockets.remove(to);
			}
		}, "tcp-relay-pipe-" + port);
		pipe.setDaemon(true);
		pipe.start();
	}

	private static void quietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// already closed
		}
	}

}
