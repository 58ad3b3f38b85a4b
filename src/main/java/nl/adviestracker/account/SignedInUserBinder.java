package nl.adviestracker.account;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Lets a controller take the signed-in user as a parameter ({@code SignedInUser user}) and pass it on to
 * the use case, which checks what the user may do inside its own transaction. A request without a
 * signed-in user leaves the parameter unsatisfied: a secured route has refused it before, and a public
 * page that takes {@code @Nullable SignedInUser user} gets null.
 */
@Singleton
class SignedInUserBinder implements TypedRequestArgumentBinder<SignedInUser> {

    @Override
    public Argument<SignedInUser> argumentType() {
        return Argument.of(SignedInUser.class);
    }

    @Override
    public BindingResult<SignedInUser> bind(ArgumentConversionContext<SignedInUser> context, HttpRequest<?> request) {
        Optional<SignedInUser> user =
                request.getUserPrincipal(Authentication.class).map(SignedInUser::of);
        return user.isPresent() ? () -> user : BindingResult.unsatisfied();
    }
}
