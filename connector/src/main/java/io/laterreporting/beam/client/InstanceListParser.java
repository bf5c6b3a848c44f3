package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of {@code GET /v2/instances}: {@code data} is {@code {"instanceIds": [...]}} (or {@code
 * instances}) or a bare array; items are id strings or objects with {@code instanceId}/{@code id}.
 */
final class InstanceListParser {
  private InstanceListParser() {}

  static InstancesPage parsePage(byte[] body, PageRequest request) throws IOException {
    List<String> ids = new ArrayList<>();
    PageInfo info =
        Envelope.parse(
            body,
            request,
            p -> {
              JsonToken t = p.currentToken();
              if (t == JsonToken.VALUE_NULL) {
                return;
              }
              if (t == JsonToken.START_OBJECT) {
                boolean found = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                  String f = p.currentName();
                  JsonToken v = p.nextToken();
                  if (f.equals("instanceIds") || f.equals("instances")) {
                    found = true;
                    readInstanceArray(p, v, ids);
                  } else {
                    p.skipChildren();
                  }
                }
                if (!found) {
                  throw new MalformedResponseException("'data' has no 'instanceIds'");
                }
              } else if (t == JsonToken.START_ARRAY) {
                readInstanceArray(p, t, ids);
              } else {
                throw new MalformedResponseException(
                    "'data' is neither {\"instanceIds\": [...]} nor an array");
              }
            });
    return InstancesPage.of(ids, info);
  }

  private static void readInstanceArray(JsonParser p, JsonToken t, List<String> out)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw new MalformedResponseException("instanceIds is not an array");
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        out.add(p.getText());
      } else if (t == JsonToken.START_OBJECT) {
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken v = p.nextToken();
          if ((f.equals("instanceId") || f.equals("id")) && v.isScalarValue()) {
            id = p.getValueAsString();
          } else {
            p.skipChildren();
          }
        }
        if (id == null) {
          throw new MalformedResponseException("an instance object has no instanceId");
        }
        out.add(id);
      } else {
        throw new MalformedResponseException("an instance id is neither a string nor an object");
      }
    }
  }
}
