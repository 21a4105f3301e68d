package org.repsportal.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused password sign-in goes back to the form ({@code /login?error}, so reloading it shows the form again)
 * with the email the person typed: kept for a moment in a cookie only the sign-in page reads, which it then
 * clears, so no session is made and the address never appears in a URL.
 */
final class SignInFailure implements AuthenticationFailureHandler {

    static final String COOKIE = "SIGNIN_EMAIL";
    /** Longer than any email address may be (RFC 5321). */
    static final int MAX_EMAIL = 320;
    private static final int KEPT_FOR_SECONDS = 300;

    private final SimpleUrlAuthenticationFailureHandler form;

    SignInFailure() {
        form = new SimpleUrlAuthenticationFailureHandler("/login?error");
        form.setAllowSessionCreation(false);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank() && typed.length() <= MAX_EMAIL) {
            response.addCookie(cookie(request, Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(typed.strip().getBytes(StandardCharsets.UTF_8)), KEPT_FOR_SECONDS));
        }
        form.onAuthenticationFailure(request, response, exception);
    }

    /** The email typed before the last refusal, if the browser still holds it; the cookie is cleared on the way. */
    static String typedEmail(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                response.addCookie(cookie(request, "", 0));
                try {
                    String email = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
                    return email.length() <= MAX_EMAIL ? email : null;
                } catch (IllegalArgumentException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        var cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath() + "/login");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
