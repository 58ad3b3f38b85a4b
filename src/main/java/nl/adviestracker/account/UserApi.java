package nl.adviestracker.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserApi {

    private final Users users;
    private final ApiTokens tokens;

    UserApi(Users users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** Who is logged in: any role. */
    @Get("/me")
    @Secured(io.micronaut.security.rules.SecurityRule.IS_AUTHENTICATED)
    SignedInUser me(SignedInUser user) {
        return user;
    }

    @Get("/users")
    @Secured(Roles.ADMIN)
    List<User> list() {
        return users.list();
    }

    @Get("/users/{id}")
    @Secured(Roles.ADMIN)
    User get(long id) {
        return users.get(id);
    }

    @Status(HttpStatus.CREATED)
    @Post("/users")
    @Secured(Roles.ADMIN)
    HttpResponse<User> create(@Valid @Body UserInput input) {
        User user = users.create(input);
        return HttpResponse.created(user, URI.create("/api/users/" + user.id()));
    }

    @Put("/users/{id}")
    @Secured(Roles.ADMIN)
    User update(long id, @Valid @Body UserInput input) {
        return users.update(id, input);
    }

    @Get("/users/{id}/tokens")
    @Secured(Roles.ADMIN)
    List<ApiTokens.TokenInfo> tokens(long id) {
        users.get(id);
        return tokens.ofUser(id);
    }

    /** Issues a personal API token; its secret is in this answer only. */
    @Status(HttpStatus.CREATED)
    @Post("/users/{id}/tokens")
    @Secured(Roles.ADMIN)
    HttpResponse<ApiTokens.IssuedToken> issue(long id, @Valid @Body TokenRequest request) {
        users.get(id);
        return HttpResponse.created(tokens.issue(id, request.name().strip()));
    }

    @Delete("/tokens/{tokenId}")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    void revoke(long tokenId) {
        tokens.revoke(tokenId);
    }

    @Serdeable
    record TokenRequest(
            @NotBlank(message = "is verplicht") @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
            String name) {}
}
