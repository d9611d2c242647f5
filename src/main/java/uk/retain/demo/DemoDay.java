package uk.retain.demo;

import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import uk.retain.web.ServiceDay;

/**
 * Sets the service on the demo council's last day ({@link CouncilSize#DEMO}'s history end) wherever the demo is
 * loaded ({@link DemoLoader#wanted}): the register records nothing after that day, so on the calendar's today every
 * supervision would read as overdue and every programme review as missed. {@code retain.demo.today=calendar}
 * keeps the calendar's today instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DemoDay {

    @Bean
    @Conditional(OnTheDemo.class)
    ServiceDay theDemosLastDay() {
        LocalDate last = CouncilSize.DEMO.historyEnd();
        return () -> last;
    }

    static final class OnTheDemo implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return !"calendar".equals(environment.getProperty("retain.demo.today", "last-day"))
                    && DemoLoader.wanted(environment.getProperty("retain.demo.load", "auto"),
                            environment.getProperty("spring.datasource.url", ""));
        }
    }
}
