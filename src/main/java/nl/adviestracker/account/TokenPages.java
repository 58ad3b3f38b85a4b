package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The admin's screen for the personal API tokens of the organisation's accounts: who has one, when it
 * was last used; issue one (its secret is shown on the answer to that post only, never again) and revoke
 * one. The same use cases as {@code POST /api/users/{id}/tokens} and {@code DELETE /api/tokens/{id}}.
 */
@Controller("/admin/tokens")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class TokenPages {

    private static final String PATH = "/admin/tokens";

    private final Views views;
    private final ApiTokens tokens;
    private final Users users;

    TokenPages(Views views, ApiTokens tokens, Users users) {
        this.views = views;
        this.tokens = tokens;
        this.users = users;
    }

    /** A token just issued: its secret, shown this once. */
    public record Issued(String name, String owner, String secret) {}

    public record TokensView(
            Frame frame,
            @Nullable String notice,
            @Nullable Issued issued,
            List<ApiTokens.TokenOfUser> active,
            List<ApiTokens.TokenOfUser> revoked,
            Form form,
            Form.Field userId,
            Form.Field name) {}

    @Serdeable
    public record IssueForm(
            @Nullable String userId,
            @Nullable String name,
            @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(Authentication authentication, @Nullable @QueryValue String melding) {
        String notice = "ingetrokken".equals(melding) ? "Het token is ingetrokken en werkt niet meer." : null;
        return views.page("admin/tokens", view(authentication, emptyForm(), notice, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> issue(Authentication authentication, @Body IssueForm posted) {
        Form form = emptyForm().set("userId", posted.userId()).set("name", posted.name());
        Long userId = form.number("userId");
        String name = form.text("name");
        if (userId == null && !form.hasErrors()) {
            form.error("userId", "is verplicht");
        }
        if (name == null) {
            form.error("name", "is verplicht");
        } else if (name.length() > 100) {
            form.error("name", "mag hoogstens 100 tekens bevatten");
        }
        User owner = null;
        if (userId != null) {
            try {
                owner = users.get(userId);
                if (!owner.active()) {
                    form.error("userId", "deze gebruiker is gedeactiveerd");
                }
            } catch (ProblemException unknown) {
                form.error("userId", "kies een gebruiker uit de lijst");
            }
        }
        if (form.hasErrors()) {
            return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "admin/tokens", view(authentication, form, null, null));
        }
        ApiTokens.IssuedToken issued = tokens.issue(owner.id(), name);
        Issued shown = new Issued(issued.name(), owner.name() + " (" + owner.username() + ")", issued.token());
        // the secret is in this answer only: no cache may keep it
        return views.page("admin/tokens", view(authentication, emptyForm(), null, shown))
                .header("Cache-Control", "no-store");
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(long id, @Body PlainForm form) {
        tokens.revoke(id);
        return Redirects.seeOther(PATH + "?melding=ingetrokken");
    }

    private TokensView view(
            Authentication authentication, Form form, @Nullable String notice, @Nullable Issued issued) {
        List<ApiTokens.TokenOfUser> all = tokens.all();
        List<Form.Option> accounts = users.list().stream()
                .filter(User::active)
                .map(user -> Form.Option.of(
                        String.valueOf(user.id()),
                        user.name() + " (" + user.username() + ", "
                                + user.role().dutch() + ")"))
                .toList();
        return new TokensView(
                Frame.of("API-tokens", authentication, PATH),
                notice,
                issued,
                all.stream().filter(token -> !token.revoked()).toList(),
                all.stream().filter(ApiTokens.TokenOfUser::revoked).toList(),
                form,
                form.field("userId", accounts),
                form.field("name"));
    }

    private static Form emptyForm() {
        return Form.named("token-")
                .label("userId", "Gebruiker")
                .label("name", "Waarvoor")
                .set("userId", "")
                .set("name", "");
    }
}
