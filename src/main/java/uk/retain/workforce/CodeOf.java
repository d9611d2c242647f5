package uk.retain.workforce;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;


/** A code of one of {@code value}'s constants ({@code social_worker}); null is no code. */
@Constraint(validatedBy = CodeOf.Check.class)
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
public @interface CodeOf {

    Class<? extends Coded> value();

    String message() default "unknownCode";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<CodeOf, String> {

        private Coded[] constants;

        /** A violation's problem arguments: the code sent and the codes there are. */
        public static List<Object> arguments(ConstraintViolation<?> violation) {
            CodeOf codeOf = (CodeOf) violation.getConstraintDescriptor().getAnnotation();
            @SuppressWarnings({"unchecked", "rawtypes"})
            String codes = Coded.codesOf((Class) codeOf.value());
            return List.of(String.valueOf(violation.getInvalidValue()), codes);
        }

        @Override
        public void initialize(CodeOf annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            for (Coded constant : constants) {
                if (constant.code().equals(code)) {
                    return true;
                }
            }
            return false;
        }
    }
}
