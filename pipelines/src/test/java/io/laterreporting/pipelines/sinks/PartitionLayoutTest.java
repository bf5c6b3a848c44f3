package io.laterreporting.pipelines.sinks;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class PartitionLayoutTest {
  @Test
  public void givenAnInstanceIdWithSlashesEqualsAndNonAscii_thenItsFolderIsOneEscapedLevel() {
    String partition = PartitionLayout.partition("2025-03-01", "a/b=c d+é");

    assertEquals("periodStart=2025-03-01/instanceId=a%2Fb%3Dc%20d%2B%C3%A9", partition);
    assertEquals("a/b=c d+é", PartitionLayout.instanceOf(partition));
    assertEquals("2025-03-01", PartitionLayout.dayOf(partition));
  }

  @Test
  public void givenALiveFilePath_thenItsPartitionIsTheTwoFoldersAboveIt() {
    assertEquals(
        "periodStart=2025-03-01/instanceId=instance_x",
        PartitionLayout.partitionOf(
            "gs://b/out/periodStart=2025-03-01/instanceId=instance_x/data.parquet"));
  }
}
