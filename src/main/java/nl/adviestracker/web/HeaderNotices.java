package nl.adviestracker.web;

import nl.adviestracker.account.SignedInUser;

/** How many unread notices the signed-in staff member has, for the link in every page's header. */
public interface HeaderNotices {

    int unread(SignedInUser user);
}
