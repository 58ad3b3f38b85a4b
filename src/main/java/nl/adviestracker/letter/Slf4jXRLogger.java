package nl.adviestracker.letter;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J (logback) instead of java.util.logging on stderr. openhtmltopdf
 * reports every font load and timing at INFO; that goes to DEBUG here, warnings stay warnings.
 */
final class Slf4jXRLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (severity >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else if (severity >= Level.FINE.intValue()) {
            logger.debug(msg, th);
        } else {
            logger.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the logback configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int severity = diagnostic.getLevel().intValue();
        if (severity >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        } else if (severity >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        } else if (severity >= Level.FINE.intValue()) {
            return logger.isDebugEnabled();
        }
        return logger.isTraceEnabled();
    }
}
