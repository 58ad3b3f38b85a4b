package nl.adviestracker.reminder;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * SMTP for reminders. Without a host no mail is sent and the reminder jobs do nothing.
 *
 * @param starttls upgrade the connection with STARTTLS (required when set)
 * @param from the sender of every reminder
 */
@ConfigurationProperties("adviestracker.mail")
public record MailSettings(
        @Nullable String host,
        @Bindable(defaultValue = "25") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "false") boolean starttls,
        @Bindable(defaultValue = "adviestracker@localhost") String from) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
