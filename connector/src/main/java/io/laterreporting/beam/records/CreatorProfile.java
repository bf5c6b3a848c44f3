package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One of a creator's accounts ({@code creator.profiles[]} in the API), a nested row of {@link
 * CreatorPerformance}.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class CreatorProfile implements Serializable {
  private static final long serialVersionUID = 1L;

  @SchemaFieldNumber("0")
  public abstract @Nullable String getHandleName();

  @SchemaFieldNumber("1")
  public abstract @Nullable String getNetwork();

  @SchemaFieldNumber("2")
  public abstract @Nullable String getFullName();

  @SchemaFieldNumber("3")
  public abstract @Nullable String getProfileImage();

  @SchemaFieldNumber("4")
  public abstract @Nullable String getProfileLink();

  public static CreatorProfile of(
      @Nullable String handleName,
      @Nullable String network,
      @Nullable String fullName,
      @Nullable String profileImage,
      @Nullable String profileLink) {
    return new AutoValue_CreatorProfile(handleName, network, fullName, profileImage, profileLink);
  }
}
