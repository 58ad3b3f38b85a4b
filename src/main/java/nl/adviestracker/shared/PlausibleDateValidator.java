package nl.adviestracker.shared;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/** Checks {@link PlausibleDate}; absent dates are left to {@code @NotNull}. */
@Singleton
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    public static boolean isPlausible(@Nullable LocalDate date) {
        return date == null || date.getYear() >= PlausibleDate.FIRST_YEAR && date.getYear() <= PlausibleDate.LAST_YEAR;
    }

    @Override
    public boolean isValid(
            @Nullable LocalDate value, AnnotationValue<PlausibleDate> annotation, ConstraintValidatorContext context) {
        return isPlausible(value);
    }
}
