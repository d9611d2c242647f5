package uk.retain.supervision.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A document's ASYE phases: each one a phase ({@code phaseObject} at {@code asye_phases.<i>}), each ending later than
 * the one before ({@code phaseOrder} at its {@code until}). A phase whose end is itself a problem is left out of the
 * order, as its end is not known.
 */
@Constraint(validatedBy = Phases.Check.class)
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface Phases {

    String message() default "phaseOrder";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Phases, SupervisionPolicyDocument> {

        /** Phases are compared by their end from one fixed day: "6 months" against "42 days" has no other order. */
        private static final LocalDate FROM = LocalDate.of(2001, 1, 1);

        @Override
        public boolean isValid(SupervisionPolicyDocument document, ConstraintValidatorContext context) {
            List<SupervisionPolicyDocument.Phase> phases = document == null ? null : document.asyePhases();
            if (phases == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            LocalDate previous = null;
            for (int i = 0; i < phases.size(); i++) {
                SupervisionPolicyDocument.Phase phase = phases.get(i);
                if (phase == null) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("phaseObject").addPropertyNode("asyePhases").addBeanNode()
                            .inIterable().atIndex(i).addConstraintViolation();
                    continue;
                }
                if (phase.until() == null || PolicySettings.periodProblem(phase.until()) != null) {
                    continue;
                }
                LocalDate end = FROM.plus(phase.until());
                if (previous != null && !end.isAfter(previous)) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("phaseOrder").addPropertyNode("asyePhases")
                            .addPropertyNode("until").inIterable().atIndex(i).addConstraintViolation();
                }
                previous = end;
            }
            return valid;
        }
    }
}
