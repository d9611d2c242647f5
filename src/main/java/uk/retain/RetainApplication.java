package uk.retain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.retain.cli.RetainCommand;

/**
 * Retain's one entry point: with a command ({@code measures}, {@code import}, ...) it runs that command and
 * exits; without one it starts the web service.
 */
@SpringBootApplication
public class RetainApplication {

    public static void main(String[] args) {
        if (RetainCommand.isUnknownCommand(args)) {
            System.exit(RetainCommand.unknownCommand(RetainApplication.class, args));
        }
        if (RetainCommand.isCommand(args)) {
            int exitCode;
            try {
                exitCode = RetainCommand.run(RetainApplication.class, args);
            } catch (Throwable unexpected) {
                // A command never shows a stack trace; one line says what failed.
                System.err.println("retain: " + unexpected);
                exitCode = 1;
            }
            System.exit(exitCode);
        }
        SpringApplication.run(RetainApplication.class, args);
    }
}
