package nl.adviestracker.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.TextRule;

/**
 * Renders the screens: Handlebars templates under {@code classpath:views}, compiled once each, partials too
 * (Handlebars' default is to parse a partial again at every use: two thirds of the dashboard's CPU).
 * Handlebars escapes every {@code {{value}}}, so text users entered is shown, never run.
 */
@Singleton
public class Views {

    private final Handlebars handlebars;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    private final BeanProvider<HeaderNotices> notices;

    Views(ViewHelpers helpers, BeanProvider<HeaderNotices> notices) {
        this.notices = notices;
        // the Atom feed is XML: a value first loses what XML cannot carry, then is escaped
        this.handlebars = new Handlebars(new ClassPathTemplateLoader("/views", ".hbs"))
                .with((EscapingStrategy) value -> EscapingStrategy.HTML_ENTITY.escape(TextRule.xmlSafe(value)))
                .with(new ConcurrentMapTemplateCache());
        this.handlebars.setPrettyPrint(true);
        helpers.registerOn(handlebars);
    }

    public String render(String view, Object model) {
        return render(view, model, null);
    }

    private String render(String view, Object model, @Nullable Integer unreadNotices) {
        Template template = compiled.computeIfAbsent(view, this::compile);
        Context.Builder builder = Context.newBuilder(model);
        if (unreadNotices != null) {
            // the header's link to the signed-in staff member's notices (see partials/layout)
            builder.combine("headerNotices", Map.of("unread", unreadNotices));
        }
        Context context = builder.resolver(
                        MapValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE,
                        JavaBeanValueResolver.INSTANCE,
                        FieldValueResolver.INSTANCE)
                .build();
        try {
            return template.apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.destroy();
        }
    }

    public MutableHttpResponse<String> page(String view, Object model) {
        return page(HttpStatus.OK, view, model);
    }

    public MutableHttpResponse<String> page(HttpStatus status, String view, Object model) {
        return HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .body(render(view, model, unreadNotices()));
    }

    /** The signed-in staff member's unread count, null for anyone else (no link in the header). */
    private @Nullable Integer unreadNotices() {
        var authentication = ServerRequestContext.currentRequest()
                .flatMap(request -> request.getUserPrincipal(Authentication.class));
        if (authentication.isEmpty() || !(authentication.get().getAttributes().get("userId") instanceof Number)) {
            return null;
        }
        SignedInUser user = SignedInUser.of(authentication.get());
        if (!user.isStaff()) {
            return null;
        }
        return notices.find(null).map(n -> n.unread(user)).orElse(null);
    }

    private Template compile(String view) {
        try {
            return handlebars.compile(view);
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + view + " could not be compiled", e);
        }
    }
}
