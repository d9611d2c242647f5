package uk.retain.supervision.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Period;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An interval of supervision: in days or months alone, more than zero, at most a year ({@link PolicySettings#periodProblem});
 * the problem's code is {@code oneUnit}, {@code positive} or {@code tooLong}. Null is no period.
 */
@Constraint(validatedBy = Interval.Check.class)
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
public @interface Interval {

    String message() default "interval";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Interval, Period> {

        @Override
        public boolean isValid(Period period, ConstraintValidatorContext context) {
            String problem = period == null ? null : PolicySettings.periodProblem(period);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
