package io.laterreporting.pipelines;

import com.google.api.client.http.AbstractInputStreamContent;
import com.google.api.services.bigquery.model.Job;
import com.google.api.services.bigquery.model.JobConfiguration;
import com.google.api.services.bigquery.model.JobConfigurationExtract;
import com.google.api.services.bigquery.model.JobConfigurationLoad;
import com.google.api.services.bigquery.model.JobConfigurationQuery;
import com.google.api.services.bigquery.model.JobConfigurationTableCopy;
import com.google.api.services.bigquery.model.JobReference;
import com.google.api.services.bigquery.model.JobStatistics;
import com.google.api.services.bigquery.model.JobStatus;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.io.gcp.testing.FakeJobService;

/**
 * Beam's {@link FakeJobService} for loads, copies and extracts, which it runs; query jobs, which it
 * cannot run (it executes no SQL), are recorded and reported done, so that a test can assert the
 * statements an export asked BigQuery to run. State is JVM-wide like the fakes' own: {@link #reset}
 * it before each test.
 */
final class RecordingJobService implements BigQueryServices.JobService, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, JobConfigurationQuery> QUERIES = new ConcurrentHashMap<>();

  private final FakeJobService loads = new FakeJobService();

  static void reset() {
    QUERIES.clear();
  }

  /** The query jobs started, by job id. */
  static Map<String, JobConfigurationQuery> queries() {
    return Map.copyOf(QUERIES);
  }

  /** The load jobs the fake ran. */
  List<JobConfigurationLoad> loadJobs() {
    List<JobConfigurationLoad> configurations = new ArrayList<>();
    for (Job job : loads.getAllJobs()) {
      if (job.getConfiguration().getLoad() != null) {
        configurations.add(job.getConfiguration().getLoad());
      }
    }
    return configurations;
  }

  @Override
  public void startQueryJob(JobReference job, JobConfigurationQuery query) {
    QUERIES.putIfAbsent(job.getJobId(), query);
  }

  @Override
  public Job pollJob(JobReference job, int maxAttempts) throws InterruptedException {
    JobConfigurationQuery query = QUERIES.get(job.getJobId());
    if (query == null) {
      return loads.pollJob(job, maxAttempts);
    }
    return new Job()
        .setJobReference(job)
        .setConfiguration(new JobConfiguration().setQuery(query))
        .setStatus(new JobStatus().setState("DONE"));
  }

  @Override
  public Job getJob(JobReference job) throws IOException, InterruptedException {
    return QUERIES.containsKey(job.getJobId()) ? pollJob(job, 1) : loads.getJob(job);
  }

  @Override
  public void startLoadJob(JobReference job, JobConfigurationLoad load)
      throws InterruptedException, IOException {
    loads.startLoadJob(job, load);
  }

  @Override
  public void startLoadJob(
      JobReference job, JobConfigurationLoad load, AbstractInputStreamContent content)
      throws InterruptedException, IOException {
    loads.startLoadJob(job, load, content);
  }

  @Override
  public void startExtractJob(JobReference job, JobConfigurationExtract extract)
      throws IOException {
    loads.startExtractJob(job, extract);
  }

  @Override
  public void startCopyJob(JobReference job, JobConfigurationTableCopy copy) throws IOException {
    loads.startCopyJob(job, copy);
  }

  @Override
  public JobStatistics dryRunQuery(String project, JobConfigurationQuery query, String location) {
    return loads.dryRunQuery(project, query, location);
  }

  @Override
  public void close() throws Exception {
    loads.close();
  }
}
