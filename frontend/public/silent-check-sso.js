// Keycloak's silent check-sso lands here in a hidden frame and hands the result to the app (an external script:
// the Content-Security-Policy allows no inline ones).
parent.postMessage(location.href, location.origin);
