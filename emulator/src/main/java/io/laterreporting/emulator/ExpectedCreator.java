package io.laterreporting.emulator;

import java.util.List;
import java.util.Map;

/**
 * One row of {@code /v2/creators/performance}: a creator over the whole scope of the query (every
 * instance and campaign in it), so rows read per instance do not add up to it. {@code profiles} are
 * the creator's accounts on the networks of its posts in the answer, in the API's network order;
 * {@code metrics} holds the creators catalogue in API order.
 */
public record ExpectedCreator(
    long creatorId,
    String fullName,
    String profilePictureUrl,
    List<CreatorProfile> profiles,
    Map<String, Number> metrics) {}
