package org.memberportal.rest.page;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The addresses the portal e-mails ({@code PortalLinks}: {@code /activate?token=} and
 * {@code /reset-password?token=}) open the member portal, whose script reads the path and the
 * token; the rest of its pages live behind the location's hash, so no other path needs this.
 */
@WebServlet(name = "MemberPortalPages", urlPatterns = {"/activate", "/reset-password"})
public class MemberPortalPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher("/index.html").forward(request, response);
    }
}
