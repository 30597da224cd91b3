package io.aitbc.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Nothing of the console is cached: its pages and data are for a signed-in admin only. A browser that kept the page
 * served it again after the session ended without asking the server, so the user never got back to the SSO login
 * (the page's data requests then failed on the redirect).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true) // the live job list is a server-sent event stream
public class NoStoreFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
