package io.laterreporting.emulator;

/**
 * A creator's account on one network, as posts ({@code creatorProfile}) and creators ({@code
 * profiles}) carry it.
 */
public record CreatorProfile(
    String handleName, String network, String fullName, String profileImage, String profileLink) {}
