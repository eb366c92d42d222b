package cn.xiangyang.portal.assistant;

import java.util.Map;

/**
 * Something the person can do next, offered under an answer.
 *
 * @param type {@code calculator}, {@code file-application}, {@code call-12333}, {@code visit-commission} or
 *     {@code leave-question}
 * @param label what the button says
 * @param url where it leads (a portal route, or {@code tel:12333})
 * @param params extra parameters for the route, e.g. {@code {kind: "double-wages"}}; may be empty
 */
public record SuggestedAction(String type, String label, String url, Map<String, String> params) {

  public SuggestedAction {
    params = Map.copyOf(params);
  }
}
