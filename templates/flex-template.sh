#!/usr/bin/env bash
# Build, run and schedule the Flex Templates of the Later Reporting exports.
#
#   templates/flex-template.sh build    parquet-export|bigquery-export
#   templates/flex-template.sh run      parquet-export|bigquery-export [extra --parameters ...]
#   templates/flex-template.sh schedule parquet-export|bigquery-export
#   templates/flex-template.sh render   parquet-export|bigquery-export   # offline: print the spec
#   templates/flex-template.sh metadata parquet-export|bigquery-export   # offline: the metadata built in
#
# Settings (environment): PROJECT, REGION, BUCKET (gs://... without trailing slash), REPOSITORY
# (Artifact Registry Docker repository, default "dataflow-templates"), VERSION (image tag, default
# the git commit), SERVICE_ACCOUNT (workers' and launcher's service account e-mail), CLIENT_ID,
# CLIENT_SECRET_REF (projects/P/secrets/S/versions/latest), OUTPUT (gs://... folder, Parquet) or
# OUTPUT_TABLE (project:dataset.table, BigQuery), LOOKBACK_DAYS (default 3), SCHEDULE (cron, default
# "0 6 * * *": daily 06:00), TIME_ZONE (default Etc/UTC), SCHEDULER_SERVICE_ACCOUNT (may launch
# Dataflow jobs: roles/dataflow.developer and iam.serviceAccountUser on SERVICE_ACCOUNT).
#
# Allow-lists, fixed when the template is built (never launch parameters: the launcher is who they
# guard against; see docs/DEPLOYING.md): LATER_API_BASE_URL_ALLOWLIST, https:// base URLs besides the
# public API that apiBaseUrl may name (space-separated); LATER_CLIENT_SECRET_ALLOWLIST, the secrets
# (projects/P/secrets/S, space-separated) whose versions clientSecret may name. Both go into the
# image's environment, checked by the launcher before the job is submitted; the base URLs also into
# the parameter's regex, checked by Dataflow at launch.
set -euo pipefail

cmd=${1:?usage: $0 build|run|schedule|render|metadata parquet-export|bigquery-export}
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

allowed_base_urls=${LATER_API_BASE_URL_ALLOWLIST:-}
allowed_secrets=${LATER_CLIENT_SECRET_ALLOWLIST:-}
for url in $allowed_base_urls; do
  case "$url" in
    https://*) ;;
    *) echo "LATER_API_BASE_URL_ALLOWLIST: '$url' is not an https:// URL" >&2; exit 2 ;;
  esac
  case "$url" in
    *[\"\'\\@?#]*) echo "LATER_API_BASE_URL_ALLOWLIST: an entry (not shown) holds quotes, backslashes, user info, a query or a fragment; none is allowed" >&2; exit 2 ;;
  esac
done

# The template's metadata.json with apiBaseUrl's regex widened to the allowed base URLs (JSON-escaped).
metadata() {
  local alternatives='https://reporting\\.api\\.later\\.com' url
  for url in $allowed_base_urls; do
    alternatives="$alternatives|$(printf '%s' "${url%/}" | sed -e 's/[][\.^$*+?(){}|]/\\\\&/g')"
  done
  ALTERNATIVES="$alternatives" awk '
    index($0, "\"^(https://reporting\\\\.api") { match($0, /^ */); print substr($0, 1, RLENGTH) "\"^(" ENVIRON["ALTERNATIVES"] ")/?$\""; next }
    { print }' "$here/$template/metadata.json"
}

output_parameter() {
  if [ "$template" = parquet-export ]; then
    echo "output=${OUTPUT:?set OUTPUT=gs://bucket/folder}"
  else
    echo "outputTable=${OUTPUT_TABLE:?set OUTPUT_TABLE=project:dataset.table}"
  fi
}

case "$cmd" in
  metadata)
    metadata
    ;;
  render)
    rendered=$(mktemp)
    trap 'rm -f "$rendered"' EXIT
    metadata > "$rendered"
    gcloud dataflow flex-template build "$SPEC" \
      --image="$IMAGE" --sdk-language=JAVA \
      --metadata-file="$rendered" --print-only
    ;;
  build)
    # 1. the bundled jar; 2. the image, built by Cloud Build (no local Docker); 3. the spec file.
    (cd "$root" && mvn -q -pl pipelines -am package -DskipTests)
    context=$(mktemp -d)
    trap 'rm -rf "$context"' EXIT
    cp "$here/$template/Dockerfile" "$JAR" "$context/"
    printf 'ENV LATER_API_BASE_URL_ALLOWLIST="%s"\nENV LATER_CLIENT_SECRET_ALLOWLIST="%s"\n' \
      "$allowed_base_urls" "$allowed_secrets" >> "$context/Dockerfile"
    metadata > "$context/metadata.json"
    gcloud builds submit "$context" --project="$PROJECT" --region="$REGION" --tag="$IMAGE"
    gcloud dataflow flex-template build "$SPEC" \
      --project="$PROJECT" \
      --image="$IMAGE" --sdk-language=JAVA \
      --metadata-file="$context/metadata.json"
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
    echo "unknown command '$cmd': build, run, schedule, render or metadata" >&2; exit 2 ;;
esac
