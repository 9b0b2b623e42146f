package org.airegistry.shell;

import java.io.IOException;

import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Errors the servlet container answers itself, before the application sees the request (a
 * request line or headers too long, a malformed address): Tomcat's own HTML page is
 * replaced by the portal's error page, or a problem document under {@code /api}.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final Logger log = LoggerFactory.getLogger(ContainerErrorPages.class);

	private final ErrorDocuments documents;

	ContainerErrorPages(ErrorDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// the host adds its error report valve when it starts, before it starts the
		// application's context: swap it then
		factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Container parent = context.getParent();
				if (parent instanceof Host host) {
					replaceErrorReportValve(host);
				}
			}
		}));
	}

	private void replaceErrorReportValve(Host host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof PortalErrorReportValve) {
				return;
			}
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.getPipeline().addValve(new PortalErrorReportValve(documents));
	}

	/** Tomcat's error report valve, writing the portal's pages instead of its own. */
	static final class PortalErrorReportValve extends ErrorReportValve {

		private final ErrorDocuments documents;

		PortalErrorReportValve(ErrorDocuments documents) {
			this.documents = documents;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				// the raw address: a rejected one may not decode
				String uri = request.getRequestURI();
				String path = uri == null ? "/" : uri.substring(Math.min(uri.length(), contextPathOf(request)));
				response.setSuspended(false);
				response.resetBuffer();
				documents.write(request.getRequest(), response.getResponse(), path, status, null);
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Could not write the error page for status {}", status, ex);
			}
		}

		private static int contextPathOf(Request request) {
			String contextPath = request.getContextPath();
			return contextPath == null ? 0 : contextPath.length();
		}

	}

}
