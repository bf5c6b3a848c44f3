package io.laterreporting.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The platforms (networks) and the content types each one publishes. */
final class Platforms {
  static final Map<String, List<String>> CONTENT_TYPES = buildContentTypes();

  /** Platforms whose content never carries video views. */
  static final List<String> WITHOUT_VIDEO = List.of("blog", "linkedin", "pinterest");

  /** Content on these platforms can be cross-posted, which is what crossposted* metrics count. */
  static final List<String> CROSSPOSTING = List.of("instagram", "facebook");

  private Platforms() {}

  static List<String> names() {
    return List.copyOf(CONTENT_TYPES.keySet());
  }

  static List<String> contentTypes() {
    return CONTENT_TYPES.values().stream().flatMap(List::stream).toList();
  }

  static Optional<String> platformOf(String contentType) {
    return CONTENT_TYPES.entrySet().stream()
        .filter(e -> e.getValue().contains(contentType))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static Map<String, List<String>> buildContentTypes() {
    Map<String, List<String>> types = new LinkedHashMap<>();
    types.put("instagram", List.of("instagram_post", "instagram_reel", "instagram_story"));
    types.put("tiktok", List.of("tiktok"));
    types.put("facebook", List.of("facebook_post", "facebook_reel"));
    types.put("youtube", List.of("youtube_video", "youtube_shorts"));
    types.put("twitter", List.of("twitter_post"));
    types.put("linkedin", List.of("linkedin_post"));
    types.put("pinterest", List.of("pinterest_pin"));
    types.put("snapchat", List.of("snapchat_story"));
    types.put("blog", List.of("blog_post"));
    types.put("twitch", List.of("twitch_stream"));
    return types;
  }
}
