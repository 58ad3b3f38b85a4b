package nl.adviestracker;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogbackSetupTest {

    @Test
    void theServiceLogsToTheConsoleAtInfoWithTheEmbeddedDatabaseAndLiquibaseOnlyFromWarn() {
        LoggerContext context = new LoggerContext();

        LogbackSetup.apply(context);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("STDOUT")).isInstanceOf(ConsoleAppender.class);
        assertThat(root.getAppender("STDOUT").isStarted()).isTrue();
        assertThat(context.getLogger("liquibase").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.zonky.test.db.postgres").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.openhtmltopdf.css-parse").getLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("nl.adviestracker").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getCopyOfListenerList()).hasAtLeastOneElementOfType(LevelChangePropagator.class);
    }

    @Test
    void aLogbackFileOnTheClassPathWinsAsTheTestsOneDoes() {
        LoggerContext context = new LoggerContext();
        LogbackSetup setup = new LogbackSetup();
        setup.setContext(context);

        assertThat(LogbackSetup.configuredByFile()).isTrue();
        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"))
                .isNull();
    }
}
