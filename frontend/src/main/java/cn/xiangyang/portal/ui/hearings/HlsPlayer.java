package cn.xiangyang.portal.ui.hearings;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * A video player for a hearing's HLS stream (live or replay). Browsers without native HLS get hls.js,
 * served as a plain script from its WebJar (no frontend build), loaded the first time a player plays.
 * Without a stream it shows why in words (直播尚未开始 / 已结束). The video element reports its progress
 * in {@code data-state} (loading, playing-manifest, fragment, error) so that people and tests can see it.
 */
@Tag("div")
public class HlsPlayer extends Div {

  static final String SCRIPT = "webjars/hls.js/1.4.12/dist/hls.min.js";

  // Loads hls.js once per page, then attaches the stream; Safari and iOS play HLS natively.
  private static final String ATTACH = """
            const video = $0, src = $1, script = $2;
            video.dataset.state = 'loading';
            video.dataset.fragments = '0';
            const attach = () => {
              if (video._hls) { video._hls.destroy(); video._hls = null; }
              if (window.Hls && window.Hls.isSupported()) {
                const hls = new window.Hls({ liveDurationInfinity: true });
                video._hls = hls;
                hls.on(window.Hls.Events.MANIFEST_PARSED, () => { video.dataset.state = 'manifest'; });
                hls.on(window.Hls.Events.FRAG_LOADED, () => {
                  video.dataset.fragments = String(Number(video.dataset.fragments) + 1);
                  video.dataset.state = 'fragment';
                });
                hls.on(window.Hls.Events.ERROR, (e, d) => { if (d.fatal) { video.dataset.state = 'error'; } });
                hls.loadSource(src);
                hls.attachMedia(video);
              } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
                video.src = src;
                video.addEventListener('loadedmetadata', () => { video.dataset.state = 'manifest'; }, { once: true });
              } else {
                video.dataset.state = 'unsupported';
              }
            };
            if (window.Hls) { attach(); return; }
            let tag = document.querySelector('script[data-hls-js]');
            if (!tag) {
              tag = document.createElement('script');
              tag.src = script;
              tag.dataset.hlsJs = '1';
              document.head.appendChild(tag);
            }
            tag.addEventListener('load', attach, { once: true });
            tag.addEventListener('error', () => { video.dataset.state = 'error'; }, { once: true });
            """;

  private @Nullable String playing;

  public HlsPlayer() {
    addClassName("hls-player");
  }

  /** Shows the stream, or the reason there is none. */
  public void show(@Nullable String url, String label, String nothingToShow) {
    if (url != null && url.equals(playing)) {
      return;
    }
    removeAll();
    getElement().removeAllChildren();
    playing = url;
    if (url == null) {
      Paragraph none = new Paragraph(nothingToShow);
      none.addClassName("player-state");
      add(none);
      return;
    }
    Element video = new Element("video");
    video.setAttribute("controls", true);
    video.setAttribute("playsinline", true);
    video.setAttribute("muted", true);
    video.setAttribute("preload", "metadata");
    video.setAttribute("aria-label", label);
    video.getClassList().add("hearing-video");
    getElement().appendChild(video);
    video.executeJs(ATTACH, video, url, SCRIPT);
  }
}
