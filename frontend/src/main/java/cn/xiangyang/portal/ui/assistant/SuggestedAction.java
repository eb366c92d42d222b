package cn.xiangyang.portal.ui.assistant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.util.Map;

/**
 * Something the person can do next, offered under an answer.
 *
 * @param type {@code calculator}, {@code file-application}, {@code call-12333}, {@code visit-commission},
 *     {@code leave-question}, or a type added later
 * @param url a portal route or {@code tel:12333}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuggestedAction(String type, String label, String url, Map<String, String> params)
    implements Serializable {

  public SuggestedAction {
    params = params == null ? Map.of() : Map.copyOf(params);
  }
}
