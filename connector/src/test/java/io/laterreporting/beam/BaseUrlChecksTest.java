package io.laterreporting.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.BaseUrls;
import io.laterreporting.beam.client.SecretSources;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The base URL checks, before any request: plain http only to a host that is loopback (not one that
 * looks like it), and a URL with user info refused without being echoed.
 */
@RunWith(JUnit4.class)
public class BaseUrlChecksTest {
  private static final String PASSWORD = "hunter2-pw";

  private static ApiClientConfig config(String url) {
    return ApiClientConfig.of(url, "client-1", SecretSources.ofValue("s3cret-value"));
  }

  @Test
  public void givenAHostThatOnlyLooksLikeLoopback_thenPlainHttpIsRefused() {
    for (String url :
        List.of(
            "http://127.example.com",
            "http://127.0.0.1.nip.io:8080",
            "http://localhost.example.com",
            "http://evil.localhost",
            "http://0x7f000001")) {
      IllegalArgumentException e =
          assertThrows(url, IllegalArgumentException.class, () -> config(url));
      assertEquals(
          "baseUrl: got '"
              + url
              + "'; plain http:// is allowed only to a loopback host (localhost,"
              + " 127.0.0.0/8, ::1) unless allowInsecureHttp(true): the secret and the token would"
              + " travel in clear text",
          e.getMessage());
    }
    assertEquals("http://127.1.2.3:9", config("http://127.1.2.3:9").baseUrl());
  }

  @Test
  public void givenAUrlWithUserInfo_thenRefusedWithoutEchoingIt() {
    for (String url :
        List.of(
            "https://admin:" + PASSWORD + "@reporting.example.com",
            "http://admin:" + PASSWORD + "@127.0.0.1:8080/v2",
            "https://admin:" + PASSWORD + "@[bad",
            "https://admin:pa/" + PASSWORD + "@reporting.example.com")) {
      for (Runnable check :
          List.<Runnable>of(() -> config(url), () -> LaterReportingIO.read().withBaseUrl(url))) {
        IllegalArgumentException e = assertThrows(url, IllegalArgumentException.class, check::run);
        for (Throwable t = e; t != null; t = t.getCause()) {
          assertThat(t.getMessage(), not(containsString(PASSWORD)));
        }
        assertThat(e.getMessage(), containsString("***@"));
      }
    }
  }

  @Test
  public void givenUrls_thenRedactedMasksUserInfoOnly() {
    assertEquals("https://***@h.example.com/x", BaseUrls.redacted("https://u:p@h.example.com/x"));
    assertEquals("https://***@h", BaseUrls.redacted("https://u:p@ss@h"));
    assertEquals("https://h.example.com/x", BaseUrls.redacted("https://h.example.com/x"));
    assertEquals("***@h", BaseUrls.redacted("u:p@h"));
  }
}
