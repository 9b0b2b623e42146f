package org.airegistry.testsupport;

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
 * A TCP forwarder on a fixed loopback port that can be switched off and on: off, it
 * closes every open connection and refuses new ones, exactly like a server that went
 * down. Used to take a real Elasticsearch node away from the application and give it
 * back.
 */
public final class SwitchableTcpProxy implements AutoCloseable {

	private final int port;

	private final int targetPort;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	public SwitchableTcpProxy(int targetPort) {
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		on();
	}

	public int port() {
		return port;
	}

	/** Accepts and forwards connections again. */
	public synchronized void on() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			server = listening;
			Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + port);
			acceptor.setDaemon(true);
			acceptor.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Closes all connections and refuses new ones. */
	public synchronized void off() {
		ServerSocket listening = server;
		server = null;
		closeQuietly(listening);
		sockets.forEach(SwitchableTcpProxy::closeQuietly);
		sockets.clear();
	}

	@Override
	public void close() {
		off();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				sockets.add(client);
				Socket upstream;
				try {
					upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				}
				catch (IOException refused) {
					// the target is down (e.g. a killed node): the client must see a
					// closed connection, not wait forever for an answer
					sockets.remove(client);
					closeQuietly(client);
					continue;
				}
				sockets.add(upstream);
				if (server != listening) {
					// off() ran while this connection was being set up: it must not
					// survive
					closeQuietly(client);
					closeQuietly(upstream);
					continue;
				}
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// closed by off()
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// connection ended
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
