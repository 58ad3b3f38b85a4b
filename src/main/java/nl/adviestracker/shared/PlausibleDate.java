package nl.adviestracker.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date in the life of an advice: between 1900 and 2999. A year like 205 or 20245 is a typing
 * error (and a number sent as a date is read as days since 1970), not a date to store and count with.
 * Checked by {@link PlausibleDateValidator}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface PlausibleDate {

    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2999;

    String message() default "moet tussen " + FIRST_YEAR + " en " + LAST_YEAR + " liggen";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
