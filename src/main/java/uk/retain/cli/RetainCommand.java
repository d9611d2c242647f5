package uk.retain.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code retain} command and its sub-commands. {@link #isCommand} tells the launcher whether its
 * arguments name a command or are settings for the server.
 */
@Command(name = "java -jar target/retain.jar", mixinStandardHelpOptions = true,
        description = "Retain: the children's social work workforce register, measures and benchmarks.%n"
                + "Without a command it starts the web service on port 8080.")
public final class RetainCommand {

    /** An invalid bundle or a bad argument: the problems are on standard error. */
    public static final int EXIT_INVALID_INPUT = 2;

    /**
     * An import refused because it would end allocations made in Retain, or a census return that would not pass its
     * checks: they are listed on standard error.
     */
    public static final int EXIT_REFUSED = 3;

    /**
     * The sub-commands by name, in the order the usage lists them. Picocli reads each one's annotations by
     * reflection when it is added (a quarter of a second for all of them, its classes being too old for the JDK's
     * start-up cache), so a run adds only the one it names; the usage adds them all.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(MeasuresCommand.class, ImportCommand.class,
            DemoBundleCommand.class, AllocateCommand.class, BenchCommand.class, AgencyChecksCommand.class,
            RetainAllocationsCommand.class, CensusCommand.class, CensusBundleCommand.class, ForecastPublishedCommand.class, ForecastCommand.class,
            RegionalReturnCommand.class);

    private static final Set<String> OPTIONS = Set.of("help", "-h", "--help", "-V", "--version");

    private final Class<?> application;

    private RetainCommand(Class<?> application) {
        this.application = application;
    }

    Class<?> application() {
        return application;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (SUBCOMMANDS.containsKey(args[0]) || OPTIONS.contains(args[0]));
    }

    /**
     * Whether the arguments start with a word that is not a command: the server takes only options
     * ({@code --server.port=8081}), so a mistyped command must not start it.
     */
    public static boolean isUnknownCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-") && !isCommand(args);
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
        Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        return (named == null ? commandLine(application) : commandLine(application, List.of(named))).execute(args);
    }

    /** The command with every sub-command, as its usage shows it. */
    static CommandLine commandLine(Class<?> application) {
        return commandLine(application, SUBCOMMANDS.values());
    }

    private static CommandLine commandLine(Class<?> application, Collection<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new RetainCommand(application));
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(new CommandLine(subcommand));
        }
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

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
