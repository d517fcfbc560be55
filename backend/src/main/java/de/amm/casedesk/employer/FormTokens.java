package de.amm.casedesk.employer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed times at which a public form was handed out: an enquiry proves with one that a person had the form open
 * for a while (bots send at once) and not for days. The signature (HMAC-SHA256) keeps clients from choosing the
 * time.
 */
final class FormTokens {

    private FormTokens() {}

    /** A token for a form handed out at {@code issued}. */
    static String sign(byte[] secret, Instant issued) {
        String time = Long.toString(issued.toEpochMilli());
        return time + "." + mac(secret, time);
    }

    /** The moment the form was handed out, or null if the token is not one of ours. */
    static Instant issuedAt(byte[] secret, String token) {
        if (token == null) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 20) {
            return null;
        }
        String time = token.substring(0, dot);
        byte[] expected = mac(secret, time).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(time));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String mac(byte[] secret, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(("employer-enquiry:" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
