package nl.adviestracker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The service's logging, set up in code instead of a logback.xml: parsing the XML (Joran, a SAX parser and
 * logback's model) cost about a tenth of a second of every start. A logback file named by
 * {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} or {@code logback.xml} on the class path
 * (the tests have one), still wins: then this steps aside for logback's own configurator.
 */
public class LogbackSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configuredByFile()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static boolean configuredByFile() {
        ClassLoader loader = LogbackSetup.class.getClassLoader();
        return System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null
                || loader.getResource("logback.xml") != null;
    }

    /**
     * What logback.xml said: the console at INFO, the embedded PostgreSQL and Liquibase only from WARN, and the
     * PDF renderer's stylesheet parser only from ERROR.
     */
    static void apply(LoggerContext context) {
        // java.util.logging (Liquibase) arrives through jul-to-slf4j; this keeps its levels in step with ours
        LevelChangePropagator propagator = new LevelChangePropagator();
        propagator.setContext(context);
        propagator.setResetJUL(true);
        context.addListener(propagator);
        propagator.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();

        context.getLogger("io.zonky.test.db.postgres").setLevel(Level.WARN);
        context.getLogger("liquibase").setLevel(Level.WARN);
        // the letter stylesheet's screen-only rules (print.css, @media screen) are unknown to the PDF renderer:
        // one warning per letter, about nothing
        context.getLogger("com.openhtmltopdf.css-parse").setLevel(Level.ERROR);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
    }
}
