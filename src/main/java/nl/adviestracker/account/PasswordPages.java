package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfCookie;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * "Wachtwoord vergeten" and the page a link from an invitation or reset mail opens to choose a password.
 * Nobody is signed in here; the forms carry the CSRF cookie's token as the login form does.
 */
@Controller("/password")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordPages {

    private final Views views;
    private final PasswordLinks links;
    private final AccountMails mails;

    PasswordPages(Views views, PasswordLinks links, AccountMails mails) {
        this.views = views;
        this.links = links;
        this.mails = mails;
    }

    public record ForgotView(Frame frame, boolean sent, boolean mailOff, Form form, Form.Field email) {}

    public record SetView(
            Frame frame,
            @Nullable String unusable,
            @Nullable String token,
            @Nullable String username,
            @Nullable String name,
            boolean invitation,
            int minLength,
            Form form,
            Form.Field password,
            Form.Field confirmation) {}

    @Serdeable
    public record ForgotForm(
            @Nullable String email, @Nullable String _csrf) implements CsrfForm {}

    @Serdeable
    public record SetForm(
            @Nullable String token,
            @Nullable String password,
            @Nullable String confirmation,
            @Nullable String _csrf) implements CsrfForm {}

    @Get(value = "/forgot", produces = MediaType.TEXT_HTML)
    HttpResponse<String> forgotForm(HttpRequest<?> request) {
        String csrf = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        Form form = forgot(null);
        return views.page("password-forgot", forgotView(csrf, false, form)).cookie(CsrfCookie.cookie(request, csrf));
    }

    /** The same answer whether the address belongs to an account or not. */
    @Post(value = "/forgot", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<String> forgot(HttpRequest<?> request, @Body ForgotForm posted) {
        String csrf = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        Form form = forgot(posted.email());
        String email = form.value("email").strip();
        if (email.isEmpty() || !email.contains("@")) {
            form.error("email", email.isEmpty() ? "is verplicht" : "is geen geldig e-mailadres");
            return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "password-forgot", forgotView(csrf, false, form));
        }
        links.forgot(email);
        return views.page("password-forgot", forgotView(csrf, true, form));
    }

    @Get(value = "/set", produces = MediaType.TEXT_HTML)
    HttpResponse<String> setForm(HttpRequest<?> request, @Nullable @QueryValue String token) {
        String csrf = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        Form form = choose();
        try {
            PasswordChange.LinkFor link = links.check(token);
            return views.page("password-set", setView(csrf, null, token, link, form))
                    .cookie(CsrfCookie.cookie(request, csrf));
        } catch (LinkUnusable unusable) {
            return views.page(unusable.status(), "password-set", setView(csrf, unusable.getMessage(), null, null, form))
                    .cookie(CsrfCookie.cookie(request, csrf));
        }
    }

    @Post(value = "/set", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> set(HttpRequest<?> request, @Body SetForm posted) {
        String csrf = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        Form form = choose();
        try {
            links.use(
                    posted.token(),
                    posted.password() == null ? "" : posted.password(),
                    posted.confirmation() == null ? "" : posted.confirmation());
            return Redirects.seeOther("/login?melding=wachtwoord-ingesteld");
        } catch (LinkUnusable unusable) {
            return views.page(
                    unusable.status(), "password-set", setView(csrf, unusable.getMessage(), null, null, form));
        } catch (ProblemException problem) {
            form.problems(problem);
            PasswordChange.LinkFor link = links.check(posted.token());
            return views.page(
                    HttpStatus.UNPROCESSABLE_ENTITY, "password-set", setView(csrf, null, posted.token(), link, form));
        }
    }

    private ForgotView forgotView(String csrf, boolean sent, Form form) {
        return new ForgotView(
                Frame.of("Wachtwoord vergeten", null, "/password/forgot", csrf),
                sent,
                !mails.enabled(),
                form,
                form.field("email"));
    }

    private static SetView setView(
            String csrf,
            @Nullable String unusable,
            @Nullable String token,
            @Nullable PasswordChange.LinkFor link,
            Form form) {
        String title = link != null && link.invitation() ? "Kies uw wachtwoord" : "Nieuw wachtwoord kiezen";
        return new SetView(
                Frame.of(title, null, "/password/set", csrf),
                unusable,
                token,
                link == null ? null : link.username(),
                link == null ? null : link.name(),
                link != null && link.invitation(),
                PasswordPolicy.MIN_LENGTH,
                form,
                form.field("password"),
                form.field("confirmation"));
    }

    private static Form forgot(@Nullable String email) {
        return Form.named("vergeten-").label("email", "E-mailadres").set("email", email);
    }

    /** Passwords are never shown again: the fields come back empty, with the reason. */
    private static Form choose() {
        return Form.named("wachtwoord-")
                .label("password", "Nieuw wachtwoord")
                .label("confirmation", "Nog een keer")
                .set("password", "")
                .set("confirmation", "");
    }
}
