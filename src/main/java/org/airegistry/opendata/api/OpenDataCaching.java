package org.airegistry.opendata.api;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.core.MethodParameter;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * HTTP caching of the open data API (DD036): an immutable published version may be kept
 * for a year; everything else (latest versions, lists, searches, downloads, feeds) may be
 * stored but is revalidated, with an {@code ETag} and 304 when unchanged. The JSON
 * answers get their entity tag from their bytes; downloads and feeds from the revision of
 * the public data they were generated from.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataCaching {

	/** A published version never changes under its address. */
	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** Changes with new publications: store, but ask again every time. */
	static final CacheControl CHANGING = CacheControl.noCache().cachePublic();

	/**
	 * Entity tags for the API's answers (from the bytes of the answer; the downloads set
	 * their own and opt out).
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> openDataEntityTags() {
		ShallowEtagHeaderFilter filter = new EntityTags();
		// weak: the bytes may be compressed on the wire (the servlet container does not
		// compress answers with strong entity tags)
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("openDataEntityTags");
		return registration;
	}

	/**
	 * Spring's entity tags from the bytes of the answer, the same values (a weak tag of
	 * the MD5 digest), with the digest cloned from one prototype instead of looked up
	 * among the security providers for every answer (DD029).
	 */
	static final class EntityTags extends ShallowEtagHeaderFilter {

		private static final MessageDigest MD5 = md5();

		private static MessageDigest md5() {
			try {
				return MessageDigest.getInstance("MD5");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("MD5 is a required algorithm of every Java platform", ex);
			}
		}

		@Override
		protected String generateETagHeaderValue(InputStream body, boolean weak) throws IOException {
			MessageDigest digest;
			try {
				digest = (MessageDigest) MD5.clone();
			}
			catch (CloneNotSupportedException ex) {
				return super.generateETagHeaderValue(body, weak);
			}
			byte[] chunk = new byte[8192];
			for (int read = body.read(chunk); read != -1; read = body.read(chunk)) {
				digest.update(chunk, 0, read);
			}
			StringBuilder tag = new StringBuilder(37);
			if (weak) {
				tag.append("W/");
			}
			return tag.append("\"0").append(HexFormat.of().formatHex(digest.digest())).append('"').toString();
		}

		/** Spring's own value for the same bytes (tests). */
		String springValue(InputStream body, boolean weak) throws IOException {
			return super.generateETagHeaderValue(body, weak);
		}

	}

	/**
	 * The API's answers may be stored by clients and proxies but are revalidated, unless
	 * the endpoint says otherwise (published versions: {@link #IMMUTABLE}); errors are
	 * not stored.
	 */
	@ControllerAdvice(basePackageClasses = OpenDataCaching.class)
	static class DefaultCacheControl implements ResponseBodyAdvice<Object> {

		@Override
		public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
			return true;
		}

		@Override
		public Object beforeBodyWrite(Object body, MethodParameter returnType,
				org.springframework.http.MediaType selectedContentType,
				Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
				ServerHttpResponse response) {
			if (!(body instanceof ProblemDetail) && response.getHeaders().getCacheControl() == null) {
				response.getHeaders().setCacheControl(CHANGING);
			}
			return body;
		}

	}

}
