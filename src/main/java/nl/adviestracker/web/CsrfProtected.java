package nl.adviestracker.web;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The form posts this controller takes must carry the session's CSRF token in field {@code _csrf}
 * (for a visitor without a session: the token of the CSRF cookie). See {@link CsrfInterceptor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface CsrfProtected {}
