package io.laterreporting.emulator;

import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code /v2/posts/performance} exactly as an unpaginated, fault-free answer carries it.
 * {@code contentImageUrl} is null for stories; {@code metrics} holds the posts catalogue in API
 * order (Long for counts, Double otherwise, null when not available). A post whose metrics were
 * never collected has every count 0 and every rate null.
 */
public record ExpectedPost(
    long postId,
    String instanceId,
    long campaignId,
    Instant postDate,
    String contentType,
    String contentUrl,
    String contentImageUrl,
    CreatorProfile creatorProfile,
    Map<String, Number> metrics) {}
