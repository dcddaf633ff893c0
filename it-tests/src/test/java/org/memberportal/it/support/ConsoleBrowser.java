package org.memberportal.it.support;

import java.net.URL;

/** The admin console ({@code /admin/}) in the shared Chromium, a tab of its own. */
public final class ConsoleBrowser extends PageBrowser {

    public ConsoleBrowser(URL deployed) {
        super(deployed);
    }

    /** Opens the console at a page of its own (the part after {@code #/}), or its start. */
    public ConsoleBrowser open(String page) {
        load("admin/" + (page.isEmpty() ? "" : "#/" + page));
        return this;
    }

    public ConsoleBrowser signIn(String email, String password) {
        open("");
        type("textbox", "E-mail", email);
        type("textbox", "Password", password);
        click("button", "Sign in");
        return this;
    }

    /** Signs in as the first agent and waits for the navigation. */
    public ConsoleBrowser signInAsAgent() {
        signIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
        find("navigation", "Console");
        return this;
    }

    /** Goes to a page through the navigation bar's link, as a person would. */
    public ConsoleBrowser navigate(String link) {
        click(within(find("navigation", "Console"), "link", link));
        return this;
    }

    /** The bearer token the console holds, or null. */
    public String token() {
        return sessionItem("member-portal.console.token");
    }
}
