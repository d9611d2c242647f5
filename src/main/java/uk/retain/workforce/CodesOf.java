package uk.retain.workforce;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.TreeSet;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;


/**
 * A map with a key for every code of {@code value}'s constants and no other: each code is a setting of its own, so a
 * missing code is a violation {@code required} and another key one {@code unknown}, each at its key's path.
 */
@Constraint(validatedBy = CodesOf.Check.class)
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface CodesOf {

    Class<? extends Coded> value();

    String message() default "required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<CodesOf, Map<String, ?>> {

        private Coded[] constants;

        @Override
        public void initialize(CodesOf annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(Map<String, ?> map, ConstraintValidatorContext context) {
            if (map == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            TreeSet<String> others = new TreeSet<>(map.keySet());
            for (Coded constant : constants) {
                others.remove(constant.code());
                if (!map.containsKey(constant.code())) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("required").addPropertyNode(constant.code()).addConstraintViolation();
                }
            }
            for (String other : others) {
                valid = false;
                context.buildConstraintViolationWithTemplate("unknown").addPropertyNode(other).addConstraintViolation();
            }
            return valid;
        }
    }
}
