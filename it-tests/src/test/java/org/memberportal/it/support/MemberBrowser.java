package org.memberportal.it.support;

import java.net.URI;
import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The member portal (the root of the portal) in the shared Chromium, a tab of its own. */
public final class MemberBrowser extends PageBrowser {

    public MemberBrowser(URL deployed) {
        super(deployed);
    }

    /** Opens the portal at a page of its own (the part after {@code #/}), or its start. */
    public MemberBrowser open(String page) {
        load(page.isEmpty() ? "" : "#/" + page);
        return this;
    }

    /**
     * Opens a link the portal e-mailed: its path and query at the portal under test, since the
     * e-mail names the configured public address.
     */
    public MemberBrowser follow(String emailedLink) {
        URI link = URI.create(emailedLink);
        load(link.getRawPath().substring(1) + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery())
                + (link.getRawFragment() == null ? "" : "#" + link.getRawFragment()));
        return this;
    }

    /** On an activation link's page: the password, twice, and the button. */
    public MemberBrowser activate(String password) {
        type("textbox", "Password", password);
        type("textbox", "Repeat password", password);
        click("button", "Activate account");
        return this;
    }

    /** Fills in the sign-in form (which is where the portal starts when signed out) and sends it. */
    public MemberBrowser signIn(String email, String password) {
        type("textbox", "E-mail", email);
        type("textbox", "Password", password);
        click("button", "Sign in");
        return this;
    }

    /** Opens the portal, signs in and waits for the navigation. */
    public MemberBrowser signedIn(String email, String password) {
        open("");
        signIn(email, password);
        navigation();
        return this;
    }

    public WebElement navigation() {
        return find("navigation", "Portal");
    }

    /** The texts of the navigation's links, in their order. */
    public List<String> pages() {
        return navigation().findElements(By.cssSelector("a[href]")).stream()
                .map(link -> link.getAccessibleName().strip()).toList();
    }

    /** Goes to a page through the navigation's link, as a person would, and waits for its heading. */
    public MemberBrowser navigate(String link) {
        click(within(navigation(), "link", link));
        return this;
    }

    /** The bearer token the portal holds, or null. */
    public String token() {
        return sessionItem("member-portal.token");
    }
}
