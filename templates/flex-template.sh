#!/usr/bin/env bash
# Build, run and schedule the Flex Templates of the Later Reporting exports.
#
#   templates/flex-template.sh build    parquet-export|bigquery-export
#   templates/flex-template.sh run      parquet-export|bigquery-export [extra --parameters ...]
#   templates/flex-template.sh schedule parquet-export|bigquery-export
#   templates/flex-template.sh render   parquet-export|bigquery-export   # offline: print the spec
#
# Settings (environment): PROJECT, REGION, BUCKET (gs://... without trailing slash), REPOSITORY
# (Artifact Registry Docker repository, default "dataflow-templates"), VERSION (image tag, default
# the git commit), SERVICE_ACCOUNT (workers' and launcher's service account e-mail), CLIENT_ID,
# CLIENT_SECRET_REF (projects/P/secrets/S/versions/latest), OUTPUT (gs://... folder, Parquet) or
# OUTPUT_TABLE (project:dataset.table, BigQuery), LOOKBACK_DAYS (default 3), SCHEDULE (cron, default
# "0 6 * * *": daily 06:00), TIME_ZONE (default Etc/UTC), SCHEDULER_SERVICE_ACCOUNT (may launch
# Dataflow jobs: roles/dataflow.developer and iam.serviceAccountUser on SERVICE_ACCOUNT).
set -euo pipefail

cmd=${1:?usage: $0 build|run|schedule|render parquet-export|bigquery-export}
template=${2:?usage: $0 $cmd parquet-export|bigquery-export}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
case "$template" in
  parquet-export|bigquery-export) ;;
  *) echo "unknown template '$template': parquet-export or bigquery-export" >&2; exit 2 ;;
esac

PROJECT=${PROJECT:-my-project}
REGION=${REGION:-europe-west1}
BUCKET=${BUCKET:-gs://my-bucket}
REPOSITORY=${REPOSITORY:-dataflow-templates}
VERSION=${VERSION:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo dev)}
IMAGE="${REGION}-docker.pkg.dev/${PROJECT}/${REPOSITORY}/later-${template}:${VERSION}"
SPEC="${BUCKET}/templates/later-${template}.json"
LOOKBACK_DAYS=${LOOKBACK_DAYS:-3}
JAR="$root/pipelines/target/later-reporting-pipelines-bundled.jar"

output_parameter() {
  if [ "$template" = parquet-export ]; then
    echo "output=${OUTPUT:?set OUTPUT=gs://bucket/folder}"
  else
    echo "outputTable=${OUTPUT_TABLE:?set OUTPUT_TABLE=project:dataset.table}"
  fi
}

case "$cmd" in
  render)
    gcloud dataflow flex-template build "$SPEC" \
      --image="$IMAGE" --sdk-language=JAVA \
      --metadata-file="$here/$template/metadata.json" --print-only
    ;;
  build)
    # 1. the bundled jar; 2. the image, built by Cloud Build (no local Docker); 3. the spec file.
    (cd "$root" && mvn -q -pl pipelines -am package -DskipTests)
    context=$(mktemp -d)
    trap 'rm -rf "$context"' EXIT
    cp "$here/$template/Dockerfile" "$JAR" "$context/"
    gcloud builds submit "$context" --project="$PROJECT" --region="$REGION" --tag="$IMAGE"
    gcloud dataflow flex-template build "$SPEC" \
      --project="$PROJECT" \
      --image="$IMAGE" --sdk-language=JAVA \
      --metadata-file="$here/$template/metadata.json"
    echo "template spec: $SPEC"
    ;;
  run)
    # A one-off run. The secret is passed as a Secret Manager reference, resolved by the workers.
    gcloud dataflow flex-template run "later-${template}-$(date -u +%Y%m%d-%H%M%S)" \
      --project="$PROJECT" --region="$REGION" \
      --template-file-gcs-location="$SPEC" \
      --service-account-email="${SERVICE_ACCOUNT:?set SERVICE_ACCOUNT=sa@project.iam.gserviceaccount.com}" \
      --temp-location="${BUCKET}/temp" --staging-location="${BUCKET}/staging" \
      --max-workers=4 \
      --parameters="clientId=${CLIENT_ID:?set CLIENT_ID},clientSecret=${CLIENT_SECRET_REF:?set CLIENT_SECRET_REF=projects/P/secrets/S/versions/latest},$(output_parameter),lookbackDays=${LOOKBACK_DAYS},granularity=day" \
      "$@"
    ;;
  schedule)
    # Daily launch by Cloud Scheduler through the Dataflow flexTemplates.launch REST method.
    body=$(cat <<JSON
{
  "launchParameter": {
    "jobName": "later-${template}-daily",
    "containerSpecGcsPath": "${SPEC}",
    "parameters": {
      "clientId": "${CLIENT_ID:?set CLIENT_ID}",
      "clientSecret": "${CLIENT_SECRET_REF:?set CLIENT_SECRET_REF=projects/P/secrets/S/versions/latest}",
      "$(output_parameter | cut -d= -f1)": "$(output_parameter | cut -d= -f2-)",
      "lookbackDays": "${LOOKBACK_DAYS}",
      "granularity": "day"
    },
    "environment": {
      "serviceAccountEmail": "${SERVICE_ACCOUNT:?set SERVICE_ACCOUNT}",
      "tempLocation": "${BUCKET}/temp",
      "stagingLocation": "${BUCKET}/staging",
      "maxWorkers": 4
    }
  }
}
JSON
)
    gcloud scheduler jobs create http "later-${template}-daily" \
      --project="$PROJECT" --location="$REGION" \
      --schedule="${SCHEDULE:-0 6 * * *}" --time-zone="${TIME_ZONE:-Etc/UTC}" \
      --uri="https://dataflow.googleapis.com/v1b3/projects/${PROJECT}/locations/${REGION}/flexTemplates:launch" \
      --http-method=POST \
      --headers="Content-Type=application/json" \
      --oauth-service-account-email="${SCHEDULER_SERVICE_ACCOUNT:?set SCHEDULER_SERVICE_ACCOUNT}" \
      --oauth-token-scope="https://www.googleapis.com/auth/cloud-platform" \
      --message-body="$body"
    ;;
  *)
    echo "unknown command '$cmd': build, run, schedule or render" >&2; exit 2 ;;
esac
