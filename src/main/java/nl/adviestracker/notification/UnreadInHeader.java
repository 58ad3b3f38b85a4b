package nl.adviestracker.notification;

import jakarta.inject.Singleton;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.web.HeaderNotices;

/** The unread count in every page's header. */
@Singleton
class UnreadInHeader implements HeaderNotices {

    private final Notifications notifications;

    UnreadInHeader(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public int unread(SignedInUser user) {
        return notifications.unread(user.userId());
    }
}
