package nl.adviestracker.web;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.type.MutableArgumentValue;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/**
 * Refuses a form post whose {@code _csrf} field does not match the session's token, or for a
 * visitor without a session, the token in the CSRF cookie (double submit). A page from another
 * site cannot know either token, so it cannot post a form in the user's name.
 */
@Singleton
@InterceptorBean(CsrfProtected.class)
class CsrfInterceptor implements MethodInterceptor<Object, Object> {

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        if (request != null
                && request.getMethod() != HttpMethod.GET
                && request.getMethod() != HttpMethod.HEAD
                && !sentAsJson(request)) {
            String expected = expectedToken(request);
            String submitted = submittedToken(context);
            if (expected == null || submitted == null || !CsrfCookie.constantTimeEquals(expected, submitted)) {
                throw new ProblemException(
                        ProblemStatus.FORBIDDEN,
                        "Formulier verlopen",
                        "Dit formulier is verlopen of komt niet van Adviestracker. Laad de pagina opnieuw en probeer het nog eens.",
                        List.of());
            }
        }
        return context.proceed();
    }

    /** A page from another site cannot send JSON without CORS, which this service does not allow. */
    private static boolean sentAsJson(HttpRequest<?> request) {
        return request.getContentType()
                .map(type -> type.getName().equals(MediaType.APPLICATION_JSON))
                .orElse(false);
    }

    private static String expectedToken(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(SignedInUser::of)
                .map(SignedInUser::csrfToken)
                .or(() -> CsrfCookie.token(request))
                .orElse(null);
    }

    private static String submittedToken(MethodInvocationContext<Object, Object> context) {
        for (MutableArgumentValue<?> argument : context.getParameters().values()) {
            Object value = argument.getValue();
            if (value instanceof CsrfForm form) {
                return form._csrf();
            }
            if (value instanceof Map<?, ?> map && map.get("_csrf") != null) {
                Object token = map.get("_csrf");
                return token instanceof List<?> list && !list.isEmpty()
                        ? String.valueOf(list.get(0))
                        : String.valueOf(token);
            }
            if (argument.getName().equals("_csrf") && value != null) {
                return value.toString();
            }
        }
        return null;
    }
}
