package org.airegistry.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the embedded default database (H2, in memory, with the same
 * flags as the file database of the dev run; one database per context, DD092) and a real
 * Elasticsearch node. Test classes with this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ContextConfiguration(initializers = { H2Initializer.class, TestMailServer.class })
@ActiveProfiles("test")
@Import(TestData.class)
public @interface H2Test {

}
