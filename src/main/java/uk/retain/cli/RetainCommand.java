package uk.retain.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code retain} command and its sub-commands. {@link #isCommand} tells the launcher whether its
 * arguments name a command or are settings for the server.
 */
@Command(name = "java -jar target/retain.jar", mixinStandardHelpOptions = true,
        description = "Retain: the children's social work workforce register, measures and benchmarks.%n"
                + "Without a command it starts the web service on port 8080.",
        subcommands = {MeasuresCommand.class, ImportCommand.class, DemoBundleCommand.class, AllocateCommand.class,
                BenchCommand.class, AgencyChecksCommand.class, RetainAllocationsCommand.class, CensusCommand.class,
                ForecastPublishedCommand.class, ForecastCommand.class, RegionalReturnCommand.class})
public final class RetainCommand {

    /** An invalid bundle or a bad argument: the problems are on standard error. */
    public static final int EXIT_INVALID_INPUT = 2;

    /**
     * An import refused because it would end allocations made in Retain, or a census return that would not pass its
     * checks: they are listed on standard error.
     */
    public static final int EXIT_REFUSED = 3;

    private static final Set<String> COMMANDS = Set.of("measures", "import", "demo-bundle", "allocate", "bench",
            "agency-checks", "retain-allocations", "census", "forecast-published", "forecast", "regional-return",
            "help", "-h", "--help", "-V", "--version");

    private final Class<?> application;

    private RetainCommand(Class<?> application) {
        this.application = application;
    }

    Class<?> application() {
        return application;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Whether the arguments start with a word that is not a command: the server takes only options
     * ({@code --server.port=8081}), so a mistyped command must not start it.
     */
    public static boolean isUnknownCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-") && !COMMANDS.contains(args[0]);
    }

    /** Says that the first argument is not a command, with the usage, on standard error. */
    public static int unknownCommand(Class<?> application, String... args) {
        CommandLine commandLine = commandLine(application);
        PrintWriter err = commandLine.getErr();
        err.println("retain: '" + args[0] + "' is not a command.");
        commandLine.usage(err);
        err.flush();
        return EXIT_INVALID_INPUT;
    }

    /**
     * Runs the command {@code args} name. {@code application} is the Spring Boot application that commands
     * needing the database (such as {@code import}) start without its web server.
     */
    public static int run(Class<?> application, String... args) {
        return commandLine(application).execute(args);
    }

    static CommandLine commandLine(Class<?> application) {
        CommandLine commandLine = new CommandLine(new RetainCommand(application));
        commandLine.registerConverter(LocalDate.class, RetainCommand::date);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            // Never a stack trace: say what went wrong in one line.
            PrintWriter err = line.getErr();
            err.println("retain: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
            err.flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("retain: " + exception.getMessage());
            err.println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return EXIT_INVALID_INPUT;
        });
        return commandLine;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
