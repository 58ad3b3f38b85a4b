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
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The organisation's admin manages its users on screen: the list, inviting someone by e-mail with a role
 * (and a body, for a member), changing name, address, role or body, switching an account off and on, and
 * sending an invitation again. A password is never shown or set here: people choose their own.
 */
@Controller("/admin/users")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class UsersPage {

    private static final String PATH = "/admin/users";

    private final Views views;
    private final Users users;
    private final Invitations invitations;
    private final KnownBodies bodies;
    private final Validator validator;

    UsersPage(Views views, Users users, Invitations invitations, KnownBodies bodies, Validator validator) {
        this.views = views;
        this.users = users;
        this.invitations = invitations;
        this.bodies = bodies;
        this.validator = validator;
    }

    /** One account in the list. */
    public record UserRow(
            long id,
            String username,
            String name,
            String email,
            String role,
            @Nullable String body,
            String status,
            boolean inactive) {}

    public record UsersView(
            Frame frame,
            List<UserRow> users,
            @Nullable String notice,
            @Nullable String inviteLink,
            Form form,
            Form.Field username,
            Form.Field name,
            Form.Field email,
            Form.Field role,
            Form.Field bodyId) {}

    public record UserView(
            Frame frame,
            long id,
            String username,
            String status,
            boolean active,
            boolean invited,
            boolean self,
            @Nullable String notice,
            @Nullable String inviteLink,
            Form form,
            Form.Field name,
            Form.Field email,
            Form.Field role,
            Form.Field bodyId,
            String version) {}

    @Serdeable
    public record UserForm(
            @Nullable String username,
            @Nullable String name,
            @Nullable String email,
            @Nullable String role,
            @Nullable String bodyId,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(SignedInUser admin, @Nullable @QueryValue String melding) {
        return listPage(
                admin,
                HttpStatus.OK,
                form(new UserForm(null, null, null, Role.ASDG.name(), null, null, null)),
                notice(melding),
                null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> invite(SignedInUser admin, @Body UserForm posted) {
        Form form = form(posted);
        UserInput input = input(form, form.value("username").strip(), null);
        if (!form.hasErrors()) {
            try {
                Invitations.Invited invited = invitations.invite(input);
                if (invited.mailed()) {
                    return Redirects.seeOther(PATH + "?melding=uitgenodigd");
                }
                return listPage(
                        admin,
                        HttpStatus.OK,
                        form(new UserForm(null, null, null, Role.ASDG.name(), null, null, null)),
                        invited.user().name() + " is aangemaakt. Er is geen mailserver ingesteld: geef deze link zelf"
                                + " door. Hij werkt één keer.",
                        invited.link());
            } catch (ProblemException problem) {
                form.problems(problem);
            } catch (AccountMail.NotSent notSent) {
                form.generalError("De uitnodiging kon niet worden verstuurd (de mailserver weigerde haar); er is niets"
                        + " opgeslagen. Probeer het later opnieuw.");
            }
        }
        return listPage(admin, HttpStatus.UNPROCESSABLE_ENTITY, form, null, null);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> edit(SignedInUser admin, long id, @Nullable @QueryValue String melding) {
        User user = users.get(id);
        return userPage(admin, HttpStatus.OK, user, form(user), notice(melding), null);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(SignedInUser admin, long id, @Body UserForm posted) {
        User current = users.get(id);
        Form form = form(posted);
        Long version = form.number("version");
        UserInput input = input(form, current.username(), version == null ? null : version.intValue());
        if (!form.hasErrors()) {
            try {
                users.update(id, input, admin);
                return Redirects.seeOther(PATH + "/" + id + "?melding=opgeslagen");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT) {
                    User theirs = users.get(id);
                    form.set("version", theirs.version());
                    form.generalError("Iemand anders heeft deze gebruiker intussen gewijzigd. Controleer de gegevens"
                            + " en sla opnieuw op.");
                } else {
                    form.problems(problem);
                }
            }
        }
        return userPage(admin, HttpStatus.UNPROCESSABLE_ENTITY, current, form, null, null);
    }

    @Post(value = "/{id}/deactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> deactivate(SignedInUser admin, long id, @Body PlainForm posted) {
        return switchTo(admin, id, false);
    }

    @Post(value = "/{id}/reactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reactivate(SignedInUser admin, long id, @Body PlainForm posted) {
        return switchTo(admin, id, true);
    }

    @Post(value = "/{id}/invitation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> inviteAgain(SignedInUser admin, long id, @Body PlainForm posted) {
        try {
            Invitations.Invited invited = invitations.resend(id);
            if (invited.mailed()) {
                return Redirects.seeOther(PATH + "/" + id + "?melding=opnieuw-uitgenodigd");
            }
            User user = users.get(id);
            return userPage(
                    admin,
                    HttpStatus.OK,
                    user,
                    form(user),
                    "Er is geen mailserver ingesteld: geef deze link zelf door. Hij werkt één keer.",
                    invited.link());
        } catch (ProblemException problem) {
            User user = users.get(id);
            return userPage(
                    admin,
                    HttpStatus.valueOf(problem.status().getCode()),
                    user,
                    form(user).generalError(problem.getMessage()),
                    null,
                    null);
        } catch (AccountMail.NotSent notSent) {
            User user = users.get(id);
            return userPage(
                    admin,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    user,
                    form(user).generalError("De uitnodiging kon niet worden verstuurd (de mailserver weigerde haar)."),
                    null,
                    null);
        }
    }

    private HttpResponse<?> switchTo(SignedInUser admin, long id, boolean active) {
        User user = users.get(id);
        try {
            users.update(
                    id,
                    new UserInput(
                            user.username(),
                            user.name(),
                            user.email(),
                            user.role(),
                            user.bodyId(),
                            null,
                            active,
                            user.version()),
                    admin);
            return Redirects.seeOther(PATH + "/" + id + "?melding=" + (active ? "ingeschakeld" : "uitgeschakeld"));
        } catch (ProblemException problem) {
            return userPage(
                    admin,
                    problem.status() == ProblemStatus.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                    user,
                    form(user).problems(problem),
                    null,
                    null);
        }
    }

    private UserInput input(Form form, String username, @Nullable Integer version) {
        String name = form.text("name");
        String email = form.text("email");
        Role role = form.choice("role", Role.class);
        if (role == Role.SUPERADMIN) {
            form.error("role", "kies een van de mogelijkheden");
        }
        Long bodyId = form.number("bodyId");
        if (role != null && role != Role.ASDG) {
            bodyId = null; // the body only counts for a member; the field may still hold an earlier choice
        }
        UserInput input =
                new UserInput(username, name, email == null ? null : email.strip(), role, bodyId, null, null, version);
        form.violations(validator.validate(input));
        return input;
    }

    private static Form form(UserForm posted) {
        return Form.named("gebruiker-")
                .label("username", "Gebruikersnaam")
                .label("name", "Naam")
                .label("email", "E-mailadres")
                .label("role", "Rol")
                .label("bodyId", "Adviesorgaan")
                .set("username", posted.username())
                .set("name", posted.name())
                .set("email", posted.email())
                .set("role", posted.role())
                .set("bodyId", posted.bodyId())
                .set("version", posted.version());
    }

    private static Form form(User user) {
        return form(new UserForm(
                user.username(),
                user.name(),
                user.email(),
                user.role().name(),
                user.bodyId() == null ? null : user.bodyId().toString(),
                String.valueOf(user.version()),
                null));
    }

    private HttpResponse<String> listPage(
            SignedInUser admin, HttpStatus status, Form form, @Nullable String notice, @Nullable String link) {
        Map<Long, String> bodyNames =
                bodies.choices().stream().collect(Collectors.toMap(KnownBodies.Choice::id, KnownBodies.Choice::name));
        List<UserRow> rows = users.list().stream()
                .map(u -> new UserRow(
                        u.id(),
                        u.username(),
                        u.name(),
                        u.email(),
                        u.role().dutch(),
                        u.bodyId() == null ? null : bodyNames.get(u.bodyId()),
                        status(u),
                        !u.active()))
                .toList();
        return views.page(
                status,
                "admin-users",
                new UsersView(
                        Frame.of("Gebruikers", admin, PATH, null),
                        rows,
                        notice,
                        link,
                        form,
                        form.field("username"),
                        form.field("name"),
                        form.field("email"),
                        form.field("role", roleOptions()),
                        form.field("bodyId", bodyOptions())));
    }

    private HttpResponse<String> userPage(
            SignedInUser admin,
            HttpStatus status,
            User user,
            Form form,
            @Nullable String notice,
            @Nullable String link) {
        return views.page(
                status,
                "admin-user",
                new UserView(
                        Frame.of(user.name(), admin, PATH, null),
                        user.id(),
                        user.username(),
                        status(user),
                        user.active(),
                        !user.hasPassword(),
                        user.id() == admin.userId(),
                        notice,
                        link,
                        form,
                        form.field("name"),
                        form.field("email"),
                        form.field("role", roleOptions()),
                        form.field("bodyId", bodyOptions()),
                        form.value("version")));
    }

    private static String status(User user) {
        if (!user.active()) {
            return "uitgeschakeld";
        }
        return user.hasPassword() ? "actief" : "uitgenodigd, nog geen wachtwoord";
    }

    private static List<Form.Option> roleOptions() {
        return List.of(Role.ASDG, Role.STAFF, Role.MANAGER, Role.ADMIN).stream()
                .map(role -> Form.Option.of(role.name(), role.dutch()))
                .toList();
    }

    private List<Form.Option> bodyOptions() {
        return bodies.choices().stream()
                .map(body -> Form.Option.of(String.valueOf(body.id()), body.name()))
                .toList();
    }

    private static @Nullable String notice(@Nullable String melding) {
        if (melding == null) {
            return null;
        }
        return NOTICES.get(melding);
    }

    private static final Map<String, String> NOTICES = Map.of(
            "uitgenodigd",
                    "De uitnodiging is verstuurd. De gebruiker kiest zelf een wachtwoord via de link in de mail.",
            "opnieuw-uitgenodigd", "Een nieuwe uitnodiging is verstuurd; de vorige link werkt niet meer.",
            "opgeslagen", "De gegevens zijn opgeslagen.",
            "uitgeschakeld", "Het account is uitgeschakeld: de gebruiker is uitgelogd en kan niet meer inloggen.",
            "ingeschakeld", "Het account is weer ingeschakeld.");
}
